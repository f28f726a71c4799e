package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every example command of the README (code blocks starting with {@code ./cx}) and of each
 * command's {@code --help} (the lines after "Example:") runs in-process on bundled data and exits 0
 * with output. The tour runs first, into a temporary directory that stands in for {@code
 * target/cx-tour/}; files an example writes ({@code --out}, {@code --output-svg}, {@code > FILE})
 * go to another temporary directory, where later examples find them. {@code jshell>} lines after
 * {@code ./cx jshell} are fed to JShell as a script. An example that cannot run as written fails:
 * fix the example, do not skip it.
 */
class DocumentedExamplesTest {
  @TempDir static Path work;

  private static final Path ROOT = Path.of(System.getProperty("cx.data")).getParent().getParent();

  /** An example: where it is documented, its command line, and JShell input that follows it. */
  record Example(String source, String line, List<String> jshell) {}

  @TestFactory
  Stream<DynamicTest> everyDocumentedExampleRuns() throws IOException {
    Map<String, Example> examples = new LinkedHashMap<>();
    examples.put("./cx tour" + List.of(), new Example("README", "./cx tour", List.of()));
    for (Example e : readme()) {
      examples.putIfAbsent(e.line() + e.jshell(), e);
    }
    for (Example e : help()) {
      examples.putIfAbsent(e.line() + e.jshell(), e);
    }
    long readme = examples.values().stream().filter(e -> e.source().equals("README")).count();
    assertTrue(readme >= 12, "README examples found: " + examples.keySet());
    assertTrue(examples.size() >= 35, "examples found: " + examples.keySet());
    assertTrue(examples.containsKey("./cx classpath" + List.of()), "README shows ./cx classpath");
    return examples.values().stream()
        .map(e -> DynamicTest.dynamicTest(e.source() + ": " + e.line(), () -> run(e)));
  }

  /** The {@code ./cx} lines of the README's code blocks that start with {@code ./cx}. */
  static List<Example> readme() throws IOException {
    List<Example> out = new ArrayList<>();
    List<String> block = null;
    for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
      if (line.startsWith("```")) {
        if (block != null) {
          out.addAll(examples("README", block));
          block = null;
        } else {
          block = new ArrayList<>();
        }
      } else if (block != null) {
        block.add(line);
      }
    }
    return out;
  }

  /** The examples in the footers of every command's usage help. */
  static List<Example> help() {
    List<Example> out = new ArrayList<>();
    collect(CxCommand.commandLine(), out);
    return out;
  }

  private static void collect(CommandLine cl, List<Example> out) {
    String usage = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
    String name = cl.getCommandSpec().qualifiedName();
    int at = usage.lastIndexOf("\nExample:\n");
    assertTrue(at >= 0, name + " --help has an example");
    List<String> lines = new ArrayList<>();
    for (String l : usage.substring(at + "\nExample:\n".length()).split("\n")) {
      if (l.isBlank()) {
        continue;
      }
      // picocli wraps footer lines longer than the usage width: a wrapped example pasted into a
      // shell runs as several commands, so examples keep under the width and continue with \
      assertTrue(
          l.startsWith("  "),
          () -> name + " --help: an example line is wrapped, keep it under 80 columns: " + l);
      lines.add(l.strip());
    }
    out.addAll(examples(name + " --help", lines));
    for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
      if (!e.getKey().equals("help")) {
        collect(e.getValue(), out);
      }
    }
  }

  /** The examples of a block: nothing unless its first line is a ./cx command. */
  private static List<Example> examples(String source, List<String> block) {
    List<String> lines = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String l : block) {
      if (l.endsWith("\\")) {
        pending.append(l, 0, l.length() - 1).append(' ');
        continue;
      }
      lines.add((pending + l).strip().replaceAll("\\s+", " "));
      pending.setLength(0);
    }
    List<Example> out = new ArrayList<>();
    if (lines.isEmpty() || !lines.get(0).startsWith("./cx")) {
      return out;
    }
    for (String l : lines) {
      if (l.startsWith("jshell> ") && !out.isEmpty()) {
        Example last = out.remove(out.size() - 1);
        List<String> script = new ArrayList<>(last.jshell());
        script.add(l.substring("jshell> ".length()));
        out.add(new Example(last.source(), last.line(), script));
      } else if (l.startsWith("./cx")) {
        out.add(new Example(source, l, List.of()));
      }
    }
    return out;
  }

  private static Path tour() {
    return work.resolve("cx-tour");
  }

  /** The entries of the working directory (the module's), which no example may add to. */
  private static List<String> workingDirectory() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("").toAbsolutePath())) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static void run(Example e) throws IOException {
    List<String> before = workingDirectory();
    List<String> words = Shell.split(e.line());
    assertEquals("./cx", words.get(0), e.line());
    Path redirect = null;
    int gt = words.indexOf(">");
    if (gt >= 0) {
      redirect = work.resolve(words.get(gt + 1));
      words = words.subList(0, gt);
    }
    List<String> args = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      args.add(rewrite(words.get(i), i > 1 ? words.get(i - 1) : ""));
    }
    if (args.equals(List.of("tour"))) {
      args.addAll(List.of("--out", tour().toString()));
    }
    if (args.equals(List.of("jshell"))) {
      List<String> script = new ArrayList<>(e.jshell());
      if (script.isEmpty()) {
        script.add("nps(250, 675, 75)");
      }
      script.replaceAll(s -> s.endsWith(";") || s.startsWith("/") ? s : s + ";");
      // as typed at the prompt: JShell shows each value
      script.add(0, "/set feedback normal");
      args.add(Cli.write(work, "example.jsh", String.join("\n", script) + "\n").toString());
    }
    Cli.Result r = Cli.run(args.toArray(new String[0]));
    assertEquals(0, r.status(), () -> e.line() + "\n  ran as " + args + "\n  stderr: " + r.err());
    if (redirect != null) {
      Files.writeString(redirect, r.out());
    }
    assertFalse(r.out().isBlank(), "output of " + e.line());
    if (args.get(0).equals("jshell")) {
      assertFalse(r.out().contains("Error:"), "JShell error in " + e.line() + ":\n" + r.out());
    }
    assertEquals(before, workingDirectory(), "files written outside the test's directory");
  }

  /**
   * One argument as the example means it from the repository root: {@code target/cx-tour/} is the
   * test's tour, {@code --out} and {@code --output-...} write to the work directory, a file an
   * earlier example wrote is found there, and other existing relative paths are the repository's.
   */
  private static String rewrite(String arg, String previous) {
    return rewrite(arg, previous, work, tour());
  }

  /** {@link #rewrite(String, String)} with the given work and tour directories. */
  static String rewrite(String arg, String previous, Path work, Path tour) {
    if (previous.matches("--out(put)?(-.*)?")) {
      return work.resolve(Path.of(arg).getFileName()).toString();
    }
    if (arg.startsWith("target/cx-tour/")) {
      return tour.resolve(arg.substring("target/cx-tour/".length())).toString();
    }
    if (arg.startsWith("-") || arg.isEmpty() || arg.contains("\n")) {
      return arg;
    }
    try {
      if (Files.exists(work.resolve(arg))) {
        return work.resolve(arg).toString();
      }
      if (Files.exists(ROOT.resolve(arg)) && arg.contains("/")) {
        return ROOT.resolve(arg).toString();
      }
    } catch (java.nio.file.InvalidPathException ignored) {
      // not a path: an argument like "department-transfer:drop-off=-50%"
    }
    return arg;
  }

  /** Splits a command line as a POSIX shell does for the quoting the examples use. */
  static final class Shell {
    private Shell() {}

    static List<String> split(String line) {
      List<String> out = new ArrayList<>();
      StringBuilder w = new StringBuilder();
      boolean any = false;
      char quote = 0;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
            w.append(line.charAt(++i));
          } else {
            w.append(c);
          }
        } else if (c == '\'' || c == '"') {
          quote = c;
          any = true;
        } else if (c == '\\' && i + 1 < line.length()) {
          w.append(line.charAt(++i));
          any = true;
        } else if (Character.isWhitespace(c)) {
          if (any || w.length() > 0) {
            out.add(w.toString());
            w.setLength(0);
            any = false;
          }
        } else {
          w.append(c);
        }
      }
      if (quote != 0) {
        throw new AssertionError("unbalanced quote in " + line);
      }
      if (any || w.length() > 0) {
        out.add(w.toString());
      }
      return out;
    }
  }
}
