package dev.cxkit.model.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a fresh JVM with a small heap and the test's class path: the large-input
 * tests prove that a reader ends with a clear error, never {@link OutOfMemoryError}, under {@code
 * -Xmx256m} whatever heap the test JVM itself has.
 */
public final class ForkedJvm {
  /** Exit status, standard output and standard error of a finished run. */
  public record Result(int status, String out, String err) {}

  private ForkedJvm() {}

  /** Runs {@code main} with {@code -Xmx<heap>} and {@code args}; at most two minutes. */
  public static Result run(String heap, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> cp = new ArrayList<>();
    for (String p : new String[] {"jdk.module.path", "java.class.path"}) {
      String v = System.getProperty(p);
      if (v != null && !v.isEmpty()) {
        cp.add(v);
      }
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.add("-XX:+ExitOnOutOfMemoryError");
    cmd.add("-cp");
    cmd.add(String.join(File.pathSeparator, cp));
    cmd.add(main.getName());
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("cx-forked-", ".out");
    Path err = Files.createTempFile("cx-forked-", ".err");
    try {
      Process p =
          new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("forked JVM did not finish in two minutes: " + cmd);
      }
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** A sparse file of {@code bytes} zero bytes (no line end): quick to make, no disk used. */
  public static Path sparseFile(Path dir, String name, long bytes) throws IOException {
    Path f = dir.resolve(name);
    try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(bytes);
    }
    return f;
  }
}
