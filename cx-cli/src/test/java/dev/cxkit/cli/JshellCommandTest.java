package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./cx jshell} and {@code ./cx classpath}: a small documented set of startup imports (the
 * README names exactly these), more one import away, and a class path that JShell and scripts
 * outside {@code ./cx} can use as the README shows.
 */
class JshellCommandTest {
  @TempDir Path dir;

  static Path readme() {
    return Path.of(System.getProperty("cx.data")).getParent().getParent().resolve("README.md");
  }

  /** The import lines of the startup script. */
  static List<String> startupImports() throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = JshellCommand.class.getResourceAsStream(JshellCommand.STARTUP)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("import ")) {
          out.add(line.substring("import ".length()).replace(";", "").strip());
        }
      }
    }
    return out;
  }

  @Test
  void startupImportsASmallSetAndDefinesNps() throws IOException {
    Path script =
        Cli.write(
            dir,
            "one.jsh",
            "System.out.println(String.format(java.util.Locale.ROOT, \"nps=%.3f\","
                + " nps(250, 675, 75).estimate().getAsDouble()));\n"
                + "System.out.println(JourneyMapSamples.cableOutage().steps().size());\n"
                + "System.out.println(\"before import: \" + BgNbd.class);\n"
                + "import dev.cxkit.metrics.clv.*;\n"
                + "System.out.println(\"after import: \" + BgNbd.class.getSimpleName());\n");
    Cli.Result r = Cli.run("jshell", script.toString()).assertOk();
    assertTrue(r.out().contains("nps=0.175"), r.out());
    assertTrue(r.out().contains("12"), r.out());
    assertTrue(!r.out().contains("before import: class"), "clv is not imported at startup");
    assertTrue(r.out().contains("cannot find symbol"), r.out());
    assertTrue(r.out().contains("after import: BgNbd"), r.out());
  }

  @Test
  void theReadmeNamesTheStartupImports() throws IOException {
    List<String> imports = startupImports();
    assertEquals(
        List.of("dev.cxkit.metrics.survey.*", "dev.cxkit.model.map.*", "dev.cxkit.model.samples.*"),
        imports,
        "a small set; update the README's JShell section with it");
    String readme = Files.readString(readme());
    String jshell = readme.substring(readme.indexOf("## JShell"));
    for (String i : imports) {
      assertTrue(jshell.contains("`" + i + "`"), "README's JShell section names " + i);
    }
  }

  @Test
  void classpathServesJshellAndScriptsAsTheReadmeShows() throws Exception {
    String cp = Cli.run("classpath").assertOk().out().strip();
    assertEquals(1, cp.lines().count(), "one line");
    boolean metrics = false;
    for (String e : cp.split(File.pathSeparator)) {
      Path p = Path.of(e);
      assertTrue(p.isAbsolute() && Files.exists(p), "entry exists: " + e);
      metrics |=
          Files.isDirectory(p)
              ? Files.exists(p.resolve("dev/cxkit/metrics/survey/NetScores.class"))
              : p.getFileName().toString().startsWith("cx-metrics");
    }
    assertTrue(metrics || cp.contains("surefire"), "cx-metrics is on the class path: " + cp);
    String readme = Files.readString(readme());
    assertTrue(readme.contains("jshell --class-path \"$(./cx classpath)\""), "README shows it");
    assertTrue(readme.contains("java -cp \"$(./cx classpath)\""), "README shows it");
    // what the README says: jshell --class-path "$(./cx classpath)" sees cxkit
    Path script =
        Cli.write(
            dir,
            "plain.jsh",
            "import dev.cxkit.metrics.survey.*;\n"
                + "System.out.println(\"estimate=\" + NetScores.of(NetScoreCounts.nps(250, 675,"
                + " 75)).estimate().getAsDouble());\n/exit\n");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jshell").toString(),
                "--class-path",
                cp,
                script.toString())
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(180, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("estimate=0.175"), out);
  }

  @Test
  void badInput() {
    Cli.run("jshell", dir.resolve("none.jsh").toString()).assertBadInput("none.jsh");
  }
}
