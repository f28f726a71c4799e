package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.internal.Checks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Issue 14, bad option values, for every command and subcommand: each numeric, duration or name
 * option of each {@code ./cx} command, given a hostile value (negative, zero, huge, NaN, Infinity,
 * hex, not a number, an overflowing duration, markup and control characters), either gives the
 * exact result (exit 0, no {@code NaN} or {@code Infinity} printed) or is refused with exit 2 and
 * one stderr line that names the option or the value; never exit 1, never a stack trace.
 *
 * <p>The commands and their valid invocations come from the examples of each command's {@code
 * --help} (every one of them runs in {@link DocumentedExamplesTest}), so a new command or option is
 * covered as soon as it has an example. Runs in-process.
 */
class HostileOptionsTest {
  @TempDir static Path work;

  private static Path tour;

  private static final List<String> INTEGERS =
      List.of("-1", "0", "2147483648", "99999999999999999999", "0x10", "NaN", "1.5", "");

  private static final List<String> DECIMALS =
      List.of("NaN", "Infinity", "-Infinity", "-1", "0", "1e308", "1e-320", "0x1p3", "1,5", "");

  private static final List<String> DURATIONS =
      List.of("P-1D", "PT0S", "P999999999999D", "PT9223372036854775807S", "1 day", "");

  private static final List<String> NAMES =
      List.of("\u001b[2J<script>alert(1)</script>", "\u202enoitcelfer", "");

  /** A number printed as NaN or Infinity (a word of its own, in any output format). */
  private static final Pattern NON_FINITE = Pattern.compile("(?<![A-Za-z])(NaN|-?Infinity)\\b");

  @BeforeAll
  static void tour() {
    tour = work.resolve("cx-tour");
    Cli.run("tour", "--out", tour.toString()).assertOk();
  }

  /** The first runnable help example of each command, by command name. */
  private static Map<String, List<String>> bases() {
    Map<String, List<String>> bases = new LinkedHashMap<>();
    for (DocumentedExamplesTest.Example e : DocumentedExamplesTest.help()) {
      List<String> args = args(e.line());
      if (args == null || args.isEmpty() || SKIPPED.contains(args.get(0))) {
        continue;
      }
      String command = command(args);
      if (!bases.containsKey(command) && Cli.run(args.toArray(new String[0])).status() == 0) {
        bases.put(command, args);
      }
    }
    assertTrue(bases.size() >= 15, "commands with a runnable example: " + bases.keySet());
    return bases;
  }

  /** The innermost subcommand of {@code args}. */
  private static CommandLine owner(List<String> args) {
    CommandLine owner = CxCommand.commandLine();
    for (String a : args) {
      CommandLine sub = owner.getSubcommands().get(a);
      if (sub != null) {
        owner = sub;
      }
    }
    return owner;
  }

  /** The index after the innermost subcommand's name in {@code args}. */
  private static int subcommandEnd(List<String> args) {
    CommandLine owner = CxCommand.commandLine();
    int at = 0;
    for (int i = 0; i < args.size(); i++) {
      CommandLine sub = owner.getSubcommands().get(args.get(i));
      if (sub != null) {
        owner = sub;
        at = i + 1;
      }
    }
    return at;
  }

  @TestFactory
  Stream<DynamicTest> everyOptionOfEveryCommandRefusesHostileValuesInOneLine() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, List<String>> base : bases().entrySet()) {
      List<String> args = base.getValue();
      CommandLine owner = owner(args);
      int at = subcommandEnd(args);
      for (OptionSpec o : owner.getCommandSpec().options()) {
        List<String> values = hostileValues(o);
        if (values.isEmpty()) {
          continue;
        }
        String name = o.longestName();
        int insertAt = at;
        tests.add(
            DynamicTest.dynamicTest(
                base.getKey() + " " + name,
                () -> {
                  for (String v : values) {
                    check(with(args, insertAt, name, v), name, v);
                  }
                }));
      }
    }
    assertTrue(tests.size() >= 40, "options under test: " + tests.size());
    return tests.stream();
  }

  /**
   * A misspelt column name given to any {@code --*-column} option of any command is refused in one
   * line that suggests the column meant (issue 14): the example's value (or the option's default)
   * with two adjacent characters swapped, one character dropped, or its case changed.
   */
  @TestFactory
  Stream<DynamicTest> everyColumnOptionSuggestsTheColumnForAMisspeltName() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, List<String>> base : bases().entrySet()) {
      List<String> args = base.getValue();
      CommandLine owner = owner(args);
      int at = subcommandEnd(args);
      for (OptionSpec o : owner.getCommandSpec().options()) {
        String name = o.longestName();
        if (!name.endsWith("-column")) {
          continue;
        }
        String value = valueOf(args, name);
        if (value == null) {
          value = o.defaultValue();
        }
        if (value == null || value.length() < 3 || value.chars().allMatch(Character::isDigit)) {
          continue;
        }
        String column = value;
        tests.add(
            DynamicTest.dynamicTest(
                base.getKey() + " " + name + " " + column,
                () -> {
                  for (String wrong : misspellings(column)) {
                    Cli.Result r = Cli.run(with(args, at, name, wrong).toArray(new String[0]));
                    String shown = name + " '" + wrong + "' in " + args;
                    assertEquals(CxCommand.BAD_INPUT, r.status(), () -> shown + ": " + r);
                    assertEquals(1, r.err().strip().lines().count(), () -> shown + ": " + r.err());
                    assertTrue(
                        r.err().contains("'" + wrong + "'")
                            && r.err().contains("did you mean '" + column + "'?"),
                        () -> shown + ": no suggestion of '" + column + "': " + r.err());
                  }
                }));
      }
    }
    assertTrue(tests.size() >= 10, "column options under test: " + tests.size());
    return tests.stream();
  }

  /** A transposition of the first two differing neighbours, a deletion and a case change. */
  private static List<String> misspellings(String column) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < column.length(); i++) {
      if (column.charAt(i) != column.charAt(i + 1)) {
        out.add(
            column.substring(0, i)
                + column.charAt(i + 1)
                + column.charAt(i)
                + column.substring(i + 2));
        break;
      }
    }
    out.add(column.substring(0, column.length() - 1) + column.substring(column.length()));
    out.remove(column);
    String upper = column.toUpperCase(java.util.Locale.ROOT);
    out.add(upper.equals(column) ? column.toLowerCase(java.util.Locale.ROOT) : upper);
    return out;
  }

  private static @org.jspecify.annotations.Nullable String valueOf(
      List<String> args, String option) {
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals(option) && i + 1 < args.size()) {
        return args.get(i + 1);
      }
      if (args.get(i).startsWith(option + "=")) {
        return args.get(i).substring(option.length() + 1);
      }
    }
    return null;
  }

  /** The tour writes a directory and the jshell and classpath commands take no analysis input. */
  private static final List<String> SKIPPED = List.of("tour", "jshell", "classpath", "report");

  private static void check(List<String> args, String option, String value) {
    Cli.Result r = Cli.run(args.toArray(new String[0]));
    String shown = option + " '" + value + "' in " + args;
    assertTrue(
        r.status() == 0 || r.status() == CxCommand.BAD_INPUT,
        () -> shown + ": exit " + r.status() + ", stderr: " + r.err());
    assertFalse(r.err().contains("internal error"), () -> shown + ": " + r.err());
    assertFalse(r.err().contains("\tat "), () -> shown + ": a stack trace: " + r.err());
    assertTrue(
        (r.out() + r.err())
            .codePoints()
            .noneMatch(c -> c != '\n' && c != '\r' && c != '\t' && Character.isISOControl(c)),
        () -> shown + ": a raw control character in the output");
    if (r.status() == 0) {
      assertFalse(NON_FINITE.matcher(r.out()).find(), () -> shown + ": printed\n" + r.out());
    } else {
      assertEquals(1, r.err().strip().lines().count(), () -> shown + ": one line, was " + r.err());
      assertTrue(
          r.err().contains(option) || spellings(value).stream().anyMatch(r.err()::contains),
          () -> shown + ": the error names neither the option nor the value: " + r.err());
    }
  }

  /** How an error may quote {@code value}: as given, or as Java prints the parsed number. */
  private static List<String> spellings(String value) {
    if (value.isEmpty()) {
      return List.of("''");
    }
    List<String> out = new ArrayList<>(List.of(Checks.printable(value)));
    try {
      out.add(String.valueOf(Double.parseDouble(value)));
    } catch (NumberFormatException notANumber) {
      // not a decimal
    }
    try {
      out.add(Duration.parse(value).toString());
    } catch (java.time.format.DateTimeParseException | ArithmeticException notADuration) {
      // not an ISO-8601 duration
    }
    return out;
  }

  private static List<String> hostileValues(OptionSpec o) {
    if (o.arity().max() == 0 || o.usageHelp() || o.versionHelp()) {
      return List.of();
    }
    Class<?> type = o.type();
    if (List.class.isAssignableFrom(type) && o.auxiliaryTypes().length > 0) {
      type = o.auxiliaryTypes()[0];
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return INTEGERS;
    }
    if (type == double.class || type == Double.class) {
      return DECIMALS;
    }
    if (type == Duration.class) {
      return DURATIONS;
    }
    if (type == String.class && !o.longestName().matches(".*(input|out|output|format|column).*")) {
      return NAMES;
    }
    return List.of();
  }

  /** {@code args} with {@code option} set to {@code value} (other settings of it removed). */
  private static List<String> with(List<String> args, int at, String option, String value) {
    List<String> out = new ArrayList<>();
    int insert = at;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals(option) && i + 1 < args.size()) {
        i++;
        if (i < at) {
          insert -= 2;
        }
        continue;
      }
      if (a.startsWith(option + "=")) {
        if (i < at) {
          insert--;
        }
        continue;
      }
      out.add(a);
    }
    out.add(insert, option + "=" + value);
    return out;
  }

  private static String command(List<String> args) {
    CommandLine c = CxCommand.commandLine();
    StringBuilder name = new StringBuilder("cx");
    for (String a : args) {
      CommandLine sub = c.getSubcommands().get(a);
      if (sub != null) {
        c = sub;
        name.append(' ').append(a);
      }
    }
    return name.toString();
  }

  /** The example's arguments with paths resolved, or null when it redirects its output. */
  private static List<String> args(String line) {
    List<String> words = DocumentedExamplesTest.Shell.split(line);
    if (words.contains(">")) {
      return null;
    }
    List<String> args = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      args.add(
          DocumentedExamplesTest.rewrite(words.get(i), i > 1 ? words.get(i - 1) : "", work, tour));
    }
    return args;
  }
}
