package dev.cxkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cxkit.model.samples.JourneyMapSamples;
import dev.cxkit.render.testing.RenderFixtures;
import dev.cxkit.render.text.MermaidJourney;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens an {@link HtmlReport} with every kind of picture in Debian's headless Chromium, takes a
 * screenshot and checks it is not blank and that the browser logged no console message (the page
 * has no scripts, so any console line means a blocked resource or an error). Set {@code
 * -Dcx.render.keep=DIR} to keep the HTML and the screenshot for a look.
 */
class BrowserReportTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Test
  void reportRendersInHeadlessChromium(@TempDir Path dir) throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      fail(
          "/usr/bin/chromium is missing: .ci/run installs it (apt-get install chromium); "
              + "install it the same way to run this test locally");
    }
    HtmlReport.Builder b =
        HtmlReport.builder()
            .title("cxkit tour <script>alert('x')</script>")
            .paragraph("Every picture cx-render draws, on one self-contained page.");
    for (Map.Entry<String, String> e : RenderFixtures.all().entrySet()) {
      b.section(e.getKey(), e.getValue());
    }
    b.table(
        "Attribution (first touch)",
        List.of("channel", "conversions"),
        RenderFixtures.attributions().get(0).credits().stream()
            .map(
                c ->
                    List.of(
                        c.channel(), String.format(java.util.Locale.ROOT, "%.1f", c.conversions())))
            .collect(Collectors.toList()));
    b.code("Mermaid", MermaidJourney.of(JourneyMapSamples.cableOutage()));
    Path html = dir.resolve("report.html");
    Files.writeString(html, b.build().toHtml(), StandardCharsets.UTF_8);
    Path png = dir.resolve("report.png");
    Path log = dir.resolve("chromium.log");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")),
                "--enable-logging=stderr",
                "--v=0",
                "--screenshot=" + png,
                "--window-size=1280,2000",
                html.toUri().toString()));
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 120 s; log:\n" + Files.readString(log));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    keep(html, png);
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
  }

  private static void keep(Path html, Path png) throws IOException {
    String keep = System.getProperty("cx.render.keep");
    if (keep != null && !keep.isBlank()) {
      Path to = Files.createDirectories(Path.of(keep));
      Files.copy(html, to.resolve("report.html"), StandardCopyOption.REPLACE_EXISTING);
      if (Files.exists(png)) {
        Files.copy(png, to.resolve("report.png"), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
