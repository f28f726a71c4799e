package dev.cxkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code ./cx} launcher end to end from another directory. It runs after cx-cli is
 * packaged (cx-examples depends on it), so the launcher finds an up-to-date jar and builds nothing.
 */
class LauncherTest {
  @TempDir Path elsewhere;

  @Test
  void launcherRunsTheCliFromAnyDirectory() throws Exception {
    Path root = Path.of(System.getProperty("cx.home")).toRealPath();
    assumeTrue(
        Files.isRegularFile(root.resolve("cx-cli/target/cx-cli.jar")),
        "cx-cli is packaged before this module in a reactor build");
    ProcessBuilder pb =
        new ProcessBuilder(
                root.resolve("cx").toString(),
                "nps",
                "--promoters",
                "250",
                "--passives",
                "675",
                "--detractors",
                "75",
                "--format",
                "csv")
            .directory(elsewhere.toFile());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), err);
    assertTrue(out.startsWith("score,n,effective_n,estimate"), out + err);
    assertTrue(out.contains("NPS,1000,1000,0.175,"), out);

    Process bad =
        new ProcessBuilder(root.resolve("cx").toString(), "nps", "--promoters", "1")
            .directory(elsewhere.toFile())
            .start();
    String badErr = new String(bad.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(bad.waitFor(300, TimeUnit.SECONDS));
    assertEquals(2, bad.exitValue(), badErr);
    assertTrue(badErr.contains("--passives"), badErr);
  }
}
