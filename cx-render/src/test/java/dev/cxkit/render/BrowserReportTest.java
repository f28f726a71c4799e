package dev.cxkit.render;

import dev.cxkit.model.samples.JourneyMapSamples;
import dev.cxkit.render.testing.HeadlessChromium;
import dev.cxkit.render.testing.RenderFixtures;
import dev.cxkit.render.text.MermaidJourney;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens an {@link HtmlReport} with every kind of picture in Debian's headless Chromium, takes a
 * screenshot and checks it is not blank and that the browser logged no console message (the page
 * has no scripts, so any console line means a blocked resource or an error). Set {@code
 * -Dcx.render.keep=DIR} to keep the HTML and the screenshot for a look.
 */
class BrowserReportTest {

  @Test
  void reportRendersInHeadlessChromium(@TempDir Path dir) throws Exception {
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
    Path png = HeadlessChromium.assertRenders(html, dir);
    keep(html, png);
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
