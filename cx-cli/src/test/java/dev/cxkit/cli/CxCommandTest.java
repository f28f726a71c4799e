package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CxCommandTest {

  @Test
  void everyCommandHasHelpWithAnExample() {
    check(CxCommand.commandLine());
  }

  private static void check(CommandLine cl) {
    if (!(cl.getCommand() instanceof CommandLine.HelpCommand)) {
      String usage = cl.getUsageMessage();
      assertTrue(usage.contains("Example:"), () -> cl.getCommandName() + ":\n" + usage);
      for (CommandLine sub : cl.getSubcommands().values()) {
        check(sub);
      }
    }
  }

  @Test
  void unknownCommandIsBadInput() {
    Cli.run("frobnicate").assertBadInput("frobnicate");
  }

  @Test
  void internalErrorsExitWithOne() {
    assertTrue(CxCommand.badInputMessage(new NullPointerException()) == null);
    assertTrue(CxCommand.badInputMessage(new IllegalArgumentException("x\ny")).equals("x; y"));
  }
}
