package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cxkit.render.testing.StrictCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** Runs the CLI in-process with captured output; the shared fixture of the command tests. */
final class Cli {
  record Result(int status, String out, String err) {
    /** Asserts bad input: status 2 and exactly one line on stderr containing every fragment. */
    Result assertBadInput(String... fragments) {
      assertEquals(CxCommand.BAD_INPUT, status, () -> "status; stderr: " + err + " out: " + out);
      assertEquals(1, err.strip().lines().count(), () -> "one line on stderr, was: " + err);
      for (String f : fragments) {
        assertTrue(err.contains(f), () -> "stderr should name '" + f + "': " + err);
      }
      return this;
    }

    Result assertOk() {
      assertEquals(0, status, () -> "status; stderr: " + err);
      return this;
    }

    List<String> lines() {
      return out.strip().lines().toList();
    }
  }

  private Cli() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = CxCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int status = cl.execute(args);
    return new Result(status, out.toString(), err.toString());
  }

  static Path data(String relative) {
    return Path.of(System.getProperty("cx.data")).resolve(relative);
  }

  static Path resource(String name) {
    try {
      return Path.of(Cli.class.getResource("/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  static Path write(Path dir, String name, String content) throws IOException {
    Path p = dir.resolve(name);
    java.nio.file.Files.writeString(p, content);
    return p;
  }

  /**
   * The CSV cell of {@code column} in data row {@code row} (0-based, header excluded), read with
   * the strict RFC 4180 reader (which fails on any malformed record).
   */
  static String csvCell(String csv, int row, String column) {
    List<List<String>> records = StrictCsv.parse(csv);
    return records.get(row + 1).get(records.get(0).indexOf(column));
  }

  /** The records of a CSV output, header first, read with the strict RFC 4180 reader. */
  static List<List<String>> csv(String csv) {
    return StrictCsv.parse(csv);
  }

  /** Parses JSON output with Jackson; fails on anything that is not one JSON document. */
  static JsonNode json(String json) {
    try {
      return TREES.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + e.getMessage() + "\n" + json, e);
    }
  }

  private static final ObjectMapper TREES =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  static void assertNoArabicDigits(String s) {
    assertTrue(
        s.chars().noneMatch(c -> c >= 0x0660 && c <= 0x0669),
        "output must use ASCII digits whatever the locale");
  }

  /** The fields of one CSV line the CLI wrote (RFC 4180 quotes). */
  static List<String> split(String line) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cur.append('"');
        i++;
      } else if (c == '"' && (quoted || cur.length() == 0)) {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  /** Writes {@code bytes} to {@code dir/name}. */
  static Path write(Path dir, String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    java.nio.file.Files.write(p, bytes);
    return p;
  }

  /**
   * Runs {@code ./cx args} in a fresh JVM with {@code -Xmx256m}: the large-input cases must end in
   * a clear error under that heap, never {@link OutOfMemoryError} (which exits 3 here).
   */
  static Result runForked256m(String... args) throws IOException, InterruptedException {
    List<String> cp = new java.util.ArrayList<>();
    for (String prop : new String[] {"jdk.module.path", "java.class.path"}) {
      String v = System.getProperty(prop);
      if (v != null && !v.isEmpty()) {
        cp.add(v);
      }
    }
    List<String> cmd = new java.util.ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx256m");
    cmd.add("-XX:+ExitOnOutOfMemoryError");
    cmd.add("-cp");
    cmd.add(String.join(java.io.File.pathSeparator, cp));
    cmd.add(CxCommand.class.getName());
    cmd.addAll(List.of(args));
    Path out = java.nio.file.Files.createTempFile("cx-forked-", ".out");
    Path err = java.nio.file.Files.createTempFile("cx-forked-", ".err");
    try {
      Process p =
          new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("./cx did not finish in two minutes: " + args[0]);
      }
      return new Result(
          p.exitValue(), java.nio.file.Files.readString(out), java.nio.file.Files.readString(err));
    } finally {
      java.nio.file.Files.deleteIfExists(out);
      java.nio.file.Files.deleteIfExists(err);
    }
  }

  /** A sparse file of {@code bytes} zero bytes: no line end, no disk used. */
  static Path sparse(Path dir, String name, long bytes) throws IOException {
    Path f = dir.resolve(name);
    try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(bytes);
    }
    return f;
  }
}
