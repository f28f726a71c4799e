package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import picocli.CommandLine;

/**
 * The shared fixture of {@link RandomBytesCommandsTest}: every documented {@code --help} example
 * run once (so that files one example writes, such as a journey map or an XES log, exist for the
 * next), the first runnable example of each command, and {@link Mutation}s of its input files:
 * random bytes after a plausible header, bytes flipped, inserted or deleted, truncation, lines
 * duplicated, lone CR or mixed line ends, and fields replaced by hostile tokens (non-finite and
 * overflowing numbers, impossible dates, control characters, markup, a 100 000-character field).
 */
final class HostileFiles {
  private static final Path WORK;
  private static final Map<String, List<String>> EXAMPLES = new LinkedHashMap<>();

  static {
    try {
      WORK = Files.createTempDirectory("cx-hostile-files");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path tour = WORK.resolve("cx-tour");
    Cli.run("tour", "--out", tour.toString()).assertOk();
    for (DocumentedExamplesTest.Example e : DocumentedExamplesTest.help()) {
      List<String> words = DocumentedExamplesTest.Shell.split(e.line());
      Path redirect = null;
      int gt = words.indexOf(">");
      if (gt >= 0) {
        redirect = WORK.resolve(words.get(gt + 1));
        words = words.subList(0, gt);
      }
      List<String> args = new ArrayList<>();
      for (int i = 1; i < words.size(); i++) {
        args.add(
            DocumentedExamplesTest.rewrite(
                words.get(i), i > 1 ? words.get(i - 1) : "", WORK, tour));
      }
      if (args.isEmpty() || List.of("tour", "jshell", "classpath").contains(args.get(0))) {
        continue;
      }
      Cli.Result r = Cli.run(args.toArray(new String[0]));
      if (r.status() != 0) {
        continue;
      }
      if (args.stream().anyMatch(HostileFiles::isInputFile)) {
        EXAMPLES.putIfAbsent(command(args), args);
      }
      if (redirect != null) {
        try {
          Files.writeString(redirect, r.out());
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
      }
    }
  }

  private HostileFiles() {}

  /** How one input file is damaged: a kind and the seed of its random choices. */
  record Mutation(int kind, long seed) {
    static final String[] KINDS = {
      "random bytes",
      "bytes flipped",
      "bytes inserted",
      "range deleted",
      "truncated",
      "lines duplicated",
      "lone CR line ends",
      "hostile field"
    };

    @Override
    public String toString() {
      return KINDS[kind] + " (seed " + seed + ")";
    }
  }

  /** Mutations of every kind with seeds from jqwik (whose own seed the properties fix). */
  static Arbitrary<Mutation> mutations() {
    return Combinators.combine(
            Arbitraries.integers().between(0, Mutation.KINDS.length - 1), Arbitraries.longs())
        .as(Mutation::new);
  }

  /** The commands with a runnable documented example that reads a file. */
  static List<String> commands() {
    return List.copyOf(EXAMPLES.keySet());
  }

  /**
   * Runs {@code command}'s example with one of its input files (chosen by the seed) damaged by
   * {@code m}: the exit is 0 with nothing non-finite printed, or 2 with one line on stderr naming
   * the file; never 1, never a stack trace, never a raw control character.
   */
  static void check(String command, Mutation m) throws IOException {
    List<String> args = EXAMPLES.get(command);
    assertTrue(args != null, () -> "no runnable example of " + command + ": " + EXAMPLES.keySet());
    SplittableRandom random = new SplittableRandom(m.seed());
    List<Integer> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (isInputFile(args.get(i))) {
        files.add(i);
      }
    }
    int which = files.get(random.nextInt(files.size()));
    Path original = Path.of(args.get(which));
    String name = "hostile-" + Long.toHexString(m.seed()) + "-" + original.getFileName();
    Path damaged = WORK.resolve(name);
    Files.write(damaged, mutate(Files.readAllBytes(original), m.kind(), random));
    List<String> run = new ArrayList<>(args);
    run.set(which, damaged.toString());
    Cli.Result r = Cli.run(run.toArray(new String[0]));
    String shown = command + " with " + m + " of " + original.getFileName();
    assertTrue(
        r.status() == 0 || r.status() == CxCommand.BAD_INPUT,
        () -> shown + ": exit " + r.status() + ": " + r.err());
    assertFalse(r.err().contains("internal error"), () -> shown + ": " + r.err());
    assertFalse(r.err().contains("\tat "), () -> shown + ": a stack trace: " + r.err());
    assertTrue(
        r.err().codePoints().noneMatch(c -> c != '\n' && c != '\t' && Character.isISOControl(c)),
        () -> shown + ": a raw control character on stderr: " + r.err());
    if (r.status() == CxCommand.BAD_INPUT) {
      assertEquals(1, r.err().strip().lines().count(), () -> shown + ": " + r.err());
      assertTrue(
          r.err().contains(name), () -> shown + ": the error does not name the file: " + r.err());
    }
    Files.delete(damaged);
  }

  private static boolean isInputFile(String arg) {
    return arg.startsWith("/") && Files.isRegularFile(Path.of(arg)) && !arg.endsWith(".html");
  }

  private static String command(List<String> args) {
    CommandLine c = CxCommand.commandLine();
    StringBuilder name = new StringBuilder();
    for (String a : args) {
      CommandLine sub = c.getSubcommands().get(a);
      if (sub != null) {
        c = sub;
        name.append(name.length() == 0 ? "" : " ").append(a);
      }
    }
    return name.toString();
  }

  private static final byte[] SPECIAL =
      ",;\"\n\r 019-.e{}:[]\t".getBytes(StandardCharsets.US_ASCII);

  private static final String[] TOKENS = {
    "NaN",
    "Infinity",
    "-1",
    "0",
    "1e400",
    "-1e400",
    "0x1p3",
    "99999999999999999999",
    "9223372036854775808",
    "-9223372036854775809",
    "1997-02-31",
    "+999999999-12-31T23:59:59Z",
    "",
    "\"",
    "\u001b]0;title\u0007",
    "<script>alert(1)</script>",
    "=cmd|' /C calc'!A0",
    "\u202e\u200b",
    "x".repeat(100_000)
  };

  private static byte[] mutate(byte[] valid, int kind, SplittableRandom random) {
    byte[] in = valid.length > 60_000 ? headLines(valid, 400) : valid;
    switch (kind) {
      case 0:
        {
          int head = Math.min(in.length, firstLineEnd(in) + 1);
          byte[] out = Arrays.copyOf(in, head + random.nextInt(200));
          for (int i = head; i < out.length; i++) {
            out[i] =
                random.nextInt(4) == 0
                    ? (byte) random.nextInt(256)
                    : SPECIAL[random.nextInt(SPECIAL.length)];
          }
          return out;
        }
      case 1:
        {
          byte[] out = in.clone();
          for (int k = 1 + random.nextInt(8); k > 0 && out.length > 0; k--) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
          }
          return out;
        }
      case 2:
        {
          byte[] out = in;
          for (int k = 1 + random.nextInt(8); k > 0; k--) {
            int at = random.nextInt(out.length + 1);
            byte[] b = {SPECIAL[random.nextInt(SPECIAL.length)]};
            out = splice(out, at, at, b);
          }
          return out;
        }
      case 3:
        {
          int from = random.nextInt(in.length + 1);
          int to = Math.min(in.length, from + random.nextInt(400));
          return splice(in, from, to, new byte[0]);
        }
      case 4:
        return Arrays.copyOf(in, random.nextInt(in.length + 1));
      case 5:
        {
          String[] lines = new String(in, StandardCharsets.UTF_8).split("\n", -1);
          StringBuilder out = new StringBuilder();
          for (String line : lines) {
            out.append(line).append('\n');
            if (random.nextInt(3) == 0) {
              out.append(line).append('\n');
            }
          }
          return out.toString().getBytes(StandardCharsets.UTF_8);
        }
      case 6:
        {
          String text = new String(in, StandardCharsets.UTF_8).replace("\r\n", "\n");
          String end = random.nextBoolean() ? "\r" : "\r\n";
          StringBuilder out = new StringBuilder();
          for (String line : text.split("\n", -1)) {
            out.append(line).append(random.nextInt(4) == 0 ? "\n" : end);
          }
          return out.toString().getBytes(StandardCharsets.UTF_8);
        }
      default:
        {
          byte[] out = in;
          for (int k = 1 + random.nextInt(3); k > 0; k--) {
            int[] field = field(out, random);
            byte[] token = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
            out = splice(out, field[0], field[1], token);
          }
          return out;
        }
    }
  }

  /** The bounds of a random field: between separators, quotes, blanks or line ends. */
  private static int[] field(byte[] in, SplittableRandom random) {
    if (in.length == 0) {
      return new int[] {0, 0};
    }
    int at = random.nextInt(in.length);
    int from = at;
    while (from > 0 && !isDelimiter(in[from - 1])) {
      from--;
    }
    int to = at;
    while (to < in.length && !isDelimiter(in[to])) {
      to++;
    }
    return new int[] {from, to};
  }

  private static boolean isDelimiter(byte b) {
    return b == ',' || b == ';' || b == '\n' || b == '\r' || b == '"' || b == ' ' || b == '\t';
  }

  private static int firstLineEnd(byte[] in) {
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '\n') {
        return i;
      }
    }
    return in.length - 1;
  }

  private static byte[] headLines(byte[] in, int lines) {
    int n = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '\n' && ++n == lines) {
        return Arrays.copyOf(in, i + 1);
      }
    }
    return in;
  }

  private static byte[] splice(byte[] in, int from, int to, byte[] with) {
    byte[] out = new byte[in.length - (to - from) + with.length];
    System.arraycopy(in, 0, out, 0, from);
    System.arraycopy(with, 0, out, from, with.length);
    System.arraycopy(in, to, out, from + with.length, in.length - to);
    return out;
  }
}
