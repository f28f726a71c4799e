package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every command's {@code --help}, also of commands added later: exit status 0, usage on stdout,
 * nothing on stderr (picocli warns there about an unescaped {@code %} in a description), an
 * example, no unformatted {@code %n} or format specifier left in the text.
 */
class HelpTextTest {
  @TestFactory
  List<DynamicTest> everyCommandHasCleanHelp() {
    List<List<String>> paths = new ArrayList<>();
    paths.add(List.of());
    collect(CxCommand.commandLine(), new ArrayList<>(), paths);
    assertTrue(paths.size() >= 14, "commands found: " + paths);
    List<DynamicTest> tests = new ArrayList<>();
    for (List<String> path : paths) {
      tests.add(
          DynamicTest.dynamicTest(
              String.join(" ", path) + " --help",
              () -> {
                List<String> args = new ArrayList<>(path);
                args.add("--help");
                Cli.Result r = Cli.run(args.toArray(new String[0]));
                assertEquals(0, r.status(), r.err());
                assertEquals("", r.err(), "--help must not warn");
                assertTrue(r.out().startsWith("Usage: cx"), r.out());
                assertTrue(r.out().contains("Example:"), "an example in " + path);
                assertFalse(r.out().contains("%n") || r.out().matches("(?s).*%[-+ ]?\\d*[sdf].*"));
                CommandLine cl = CxCommand.commandLine();
                for (String p : path) {
                  cl = cl.getSubcommands().get(p);
                }
                for (CommandLine.Model.OptionSpec o : cl.getCommandSpec().options()) {
                  assertFalse(
                      String.join(" ", o.description()).isBlank(),
                      () -> o.longestName() + " of " + path + " has no description");
                }
              }));
    }
    return tests;
  }

  private static void collect(CommandLine cl, List<String> prefix, List<List<String>> out) {
    for (var e : cl.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      List<String> path = new ArrayList<>(prefix);
      path.add(e.getKey());
      out.add(path);
      collect(e.getValue(), path, out);
    }
  }
}
