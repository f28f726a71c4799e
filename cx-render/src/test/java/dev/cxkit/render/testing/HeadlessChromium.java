package dev.cxkit.render.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens an HTML page in Debian's headless Chromium, takes a screenshot and checks that the page
 * rendered: Chromium exits cleanly, logs no console message, and the screenshot is neither blank
 * nor nearly monochrome.
 *
 * <p>Where Chromium is missing (a fresh machine with Java and Maven only) the calling test is
 * skipped with "skipped: Chromium not installed", so the README's {@code mvn -B verify} passes
 * there; with {@code CX_REQUIRE_CHROMIUM=true} in the environment (set by {@code .ci/run}, which
 * installs Chromium) it fails instead. The browser is {@code CX_CHROMIUM} when set, else {@code
 * chromium} or {@code chromium-browser} on the {@code PATH}.
 *
 * <pre>{@code
 * Path png = HeadlessChromium.assertRenders(Path.of("report.html"), tempDir);
 * }</pre>
 */
public final class HeadlessChromium {
  private HeadlessChromium() {}

  /**
   * The Chromium executable; when there is none, aborts the calling test (a JUnit assumption) or,
   * under {@code CX_REQUIRE_CHROMIUM=true}, fails it.
   */
  public static Path chromium() {
    Optional<Path> found = locate(System.getenv("CX_CHROMIUM"), System.getenv("PATH"));
    if (found.isPresent()) {
      return found.get();
    }
    String why =
        "Chromium not installed (no CX_CHROMIUM, no chromium or chromium-browser on the PATH;"
            + " Debian: apt-get install chromium)";
    if (Boolean.parseBoolean(System.getenv("CX_REQUIRE_CHROMIUM"))) {
      return fail(why + ", and CX_REQUIRE_CHROMIUM=true requires it");
    }
    System.out.println("skipped: " + why);
    return Assumptions.abort("skipped: " + why);
  }

  /** The executable {@code explicit} path when given, else the first Chromium on {@code path}. */
  static Optional<Path> locate(@Nullable String explicit, @Nullable String path) {
    if (explicit != null && !explicit.isBlank()) {
      return Optional.of(Path.of(explicit)).filter(Files::isExecutable);
    }
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Screenshots {@code html} at 1280 × 2000 pixels into {@code workDir} and asserts that it
   * rendered; returns the screenshot.
   */
  public static Path assertRenders(Path html, Path workDir)
      throws IOException, InterruptedException {
    Path chromium = chromium();
    Path png = workDir.resolve("screenshot.png");
    Path log = workDir.resolve("chromium.log");
    List<String> cmd =
        List.of(
            chromium.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + Files.createDirectories(workDir.resolve("chromium-profile")),
            "--enable-logging=stderr",
            "--v=0",
            "--screenshot=" + png,
            "--window-size=1280,2000",
            html.toUri().toString());
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 120 s; log:\n" + Files.readString(log));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), "chromium exit code; log:\n" + output);
    List<String> console =
        output.lines().filter(l -> l.contains(":CONSOLE")).collect(Collectors.toList());
    assertTrue(console.isEmpty(), "browser console messages: " + console);
    assertTrue(Files.size(png) > 0, "screenshot written");
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1280, image.getWidth());
    long nonWhite = 0;
    Set<Integer> colors = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        if (rgb != 0xFFFFFF) {
          nonWhite++;
        }
        if (colors.size() < 1000) {
          colors.add(rgb);
        }
      }
    }
    long sampled = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
    assertTrue(nonWhite > sampled / 10, "screenshot is nearly blank: " + nonWhite + "/" + sampled);
    assertTrue(colors.size() > 20, "screenshot has too few colours: " + colors.size());
    return png;
  }
}
