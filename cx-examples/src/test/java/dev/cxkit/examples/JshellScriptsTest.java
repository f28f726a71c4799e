package dev.cxkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the scripts in cx-examples/jshell non-interactively with the {@code jshell} tool (one
 * session opens them one after the other, with a marker line between) and checks their output.
 */
class JshellScriptsTest {
  private static final List<String> SCRIPTS =
      List.of("survey.jsh", "clv-cdnow.jsh", "attribution.jsh", "journey-map.jsh");
  private static final Map<String, String> OUTPUT = new HashMap<>();

  @BeforeAll
  static void runScripts() throws IOException, InterruptedException {
    Path dir = Path.of(System.getProperty("cx.jshell.dir"));
    Path driver = Files.createTempFile("driver", ".jsh");
    StringBuilder sb = new StringBuilder();
    for (String s : SCRIPTS) {
      sb.append("System.out.println(\"#### ").append(s).append("\");\n");
      sb.append("/open ").append(dir.resolve(s)).append('\n');
    }
    sb.append("System.out.println(\"#### end\");\n/exit\n");
    Files.writeString(driver, sb);
    ProcessBuilder pb =
        new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "jshell").toString(),
                "--class-path",
                System.getProperty("java.class.path"),
                "-R-Dcx.data=" + System.getProperty("cx.data"),
                "-R-Duser.language=" + System.getProperty("user.language"),
                "-R-Duser.country=" + System.getProperty("user.country"),
                driver.toString()));
    pb.redirectErrorStream(true);
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(180, TimeUnit.SECONDS));
    Files.delete(driver);
    assertEquals(0, p.exitValue(), out);
    String current = null;
    StringBuilder section = new StringBuilder();
    for (String line : out.lines().toList()) {
      if (line.startsWith("#### ")) {
        if (current != null) {
          OUTPUT.put(current, section.toString());
        }
        current = line.substring(5);
        section.setLength(0);
      } else {
        section.append(line).append('\n');
      }
    }
    assertTrue(OUTPUT.keySet().containsAll(SCRIPTS), out);
  }

  static String output(String script) {
    String out = OUTPUT.get(script);
    assertFalse(out.contains("Error:") || out.contains("Exception"), out);
    assertTrue(out.chars().noneMatch(c -> c >= 0x0660 && c <= 0x0669), "ASCII digits");
    return out;
  }

  @Test
  void survey() {
    String out = output("survey.jsh");
    assertTrue(out.contains("NPS 0.175, 95% [0.141, 0.208]"), out);
    assertTrue(out.contains("CSAT top-2-box 0.714"), out); // 5 of 7 answers are 4 or 5
    assertTrue(out.contains("NPS = 17.5 points, n=1000, 95% ADJUSTED_WALD [14.1, 20.8]"), out);
    assertTrue(out.contains("NPS change 0.125, p=0.0112"), out); // 0.225 - 0.100
  }

  @Test
  void clvOnCdnow() {
    String out = output("clv-cdnow.jsh");
    // Fader, Hardie & Lee (2005): r = 0.243, alpha = 4.414, a = 0.793, b = 2.426
    assertTrue(out.contains("BG/NBD r=0.243 alpha=4.414 a=0.793 b=2.426"), out);
    assertTrue(out.contains("holdout predicted 1653, actual 1882"), out);
  }

  @Test
  void attribution() {
    String out = output("attribution.jsh");
    // first touch: search starts 50 converting journeys, email 10
    assertTrue(out.contains("search=50.00 email=10.00 display=0.00"), out);
    // last touch: display ends 50, email 10
    assertTrue(out.contains("search=0.00 email=10.00 display=50.00"), out);
    assertEquals(3, out.lines().filter(l -> l.contains("search=")).count(), out);
  }

  @Test
  void journeyMap() {
    String out = output("journey-map.jsh");
    assertTrue(out.contains("6 stages, 12 steps"), out);
    assertTrue(out.contains("CRITICAL at department-transfer"), out);
    assertTrue(out.contains("lowest valence: -1.0"), out);
  }
}
