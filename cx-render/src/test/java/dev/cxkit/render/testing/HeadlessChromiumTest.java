package dev.cxkit.render.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the browser tests find Chromium, and how .ci/run's fresh-clone check hides it. */
class HeadlessChromiumTest {
  @TempDir Path dir;

  private Path executable(Path folder, String name) throws IOException {
    Path file = Files.createDirectories(folder).resolve(name);
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  @Test
  void findsChromiumOrChromiumBrowserOnThePathInOrder() throws IOException {
    Path first = executable(dir.resolve("a"), "chromium-browser");
    executable(dir.resolve("b"), "chromium");
    String path =
        dir.resolve("none")
            + File.pathSeparator
            + dir.resolve("a")
            + File.pathSeparator
            + dir.resolve("b");
    assertEquals(Optional.of(first), HeadlessChromium.locate(null, path));
    assertEquals(Optional.empty(), HeadlessChromium.locate(null, dir.resolve("none").toString()));
    assertEquals(Optional.empty(), HeadlessChromium.locate(null, null));
  }

  @Test
  void anExplicitPathWinsAndAMissingOneHidesTheBrowser() throws IOException {
    Path onPath = executable(dir.resolve("bin"), "chromium");
    Path explicit = executable(dir.resolve("opt"), "my-chromium");
    String path = dir.resolve("bin").toString();
    assertEquals(Optional.of(explicit), HeadlessChromium.locate(explicit.toString(), path));
    assertEquals(Optional.empty(), HeadlessChromium.locate("/nonexistent/chromium", path));
    assertEquals(Optional.of(onPath), HeadlessChromium.locate(" ", path));
  }
}
