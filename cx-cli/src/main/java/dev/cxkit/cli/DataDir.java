package dev.cxkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Finds the bundled data ({@code cx-examples/data}): the {@code cx.data} system property, else
 * {@code cx.home}/cx-examples/data (set by the {@code ./cx} launcher), else the first such folder
 * in the current directory or one of its parents.
 */
final class DataDir {
  private DataDir() {}

  static @Nullable Path find() {
    String data = System.getProperty("cx.data");
    if (data != null && Files.isDirectory(Path.of(data))) {
      return Path.of(data).toAbsolutePath();
    }
    String home = System.getProperty("cx.home");
    if (home != null && Files.isDirectory(Path.of(home, "cx-examples", "data"))) {
      return Path.of(home, "cx-examples", "data").toAbsolutePath();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("cx-examples").resolve("data"))) {
        return p.resolve("cx-examples").resolve("data");
      }
    }
    return null;
  }

  static Path require() {
    Path d = find();
    if (d == null) {
      throw new BadInputException(
          "bundled data not found: run from the cxkit repository or set -Dcx.data=DIR");
    }
    return d;
  }

  /** Where generated files go: {@code cx.home}/target/NAME, else a temporary directory. */
  static Path output(String name) throws java.io.IOException {
    String home = System.getProperty("cx.home");
    Path data = find();
    @Nullable Path parent = data == null ? null : data.getParent();
    Path root = home != null ? Path.of(home) : parent != null ? parent.getParent() : null;
    if (root != null && Files.isWritable(root)) {
      Path out = root.resolve("target").resolve(name);
      Files.createDirectories(out);
      return out;
    }
    return Files.createTempDirectory(name);
  }
}
