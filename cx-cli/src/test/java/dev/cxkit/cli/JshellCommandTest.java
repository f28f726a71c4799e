package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JshellCommandTest {
  @TempDir Path dir;

  @Test
  void startupImportsTheMainPackagesAndDefinesNps() throws IOException {
    Path script =
        Cli.write(
            dir,
            "one.jsh",
            "System.out.println(String.format(java.util.Locale.ROOT, \"nps=%.3f\","
                + " nps(250, 675, 75).estimate().getAsDouble()));\n"
                + "System.out.println(JourneyMapSamples.cableOutage().steps().size());\n");
    Cli.Result r = Cli.run("jshell", script.toString()).assertOk();
    assertTrue(r.out().contains("nps=0.175"), r.out());
    assertTrue(r.out().contains("12"), r.out());
  }

  @Test
  void badInput() {
    Cli.run("jshell", dir.resolve("none.jsh").toString()).assertBadInput("none.jsh");
  }
}
