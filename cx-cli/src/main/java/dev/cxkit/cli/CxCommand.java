package dev.cxkit.cli;

import dev.cxkit.model.csv.Durations;
import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.internal.Checks;
import dev.cxkit.model.json.CxJsonException;
import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code cx} command: the front door to cxkit. Every subcommand is a thin layer over the public
 * library API. Exit status 0 on success, 2 on bad input (one line on stderr naming file, line,
 * field, value and rule), 1 on an internal error.
 *
 * <pre>{@code
 * int status = CxCommand.commandLine().execute("nps", "--promoters", "250",
 *     "--passives", "675", "--detractors", "75");
 * }</pre>
 */
@Command(
    name = "cx",
    mixinStandardHelpOptions = true,
    version = "cxkit 0.1.0-SNAPSHOT",
    description = "cxkit: customer-experience modelling from the command line.",
    footer = {
      "",
      "Example:",
      "  ./cx tour",
      "  ./cx nps --promoters 250 --passives 675 --detractors 75"
    },
    subcommands = {
      TourCommand.class,
      NpsCommand.class,
      SurveyCommand.class,
      AttributionCommand.class,
      ClvCommand.class,
      JourneysCommand.class,
      MapCommand.class,
      InsightsCommand.class,
      WhatIfCommand.class,
      JshellCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CxCommand implements Callable<Integer> {
  /** Exit status on bad input. */
  public static final int BAD_INPUT = 2;

  /** Exit status on an internal error. */
  public static final int INTERNAL_ERROR = 1;

  @Spec CommandSpec spec;

  /** Used by picocli. */
  public CxCommand() {}

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** A configured command line: one-line errors, exit status 2 on bad input and 1 on a bug. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new CxCommand());
    // one reading of durations for every option: 30m, 7d, 1h30m and ISO-8601 alike
    cl.registerConverter(Duration.class, CxCommand::duration);
    cl.setExecutionStrategy(
        parseResult -> {
          Notes.clear();
          int status = new CommandLine.RunLast().execute(parseResult);
          if (status == 0) {
            Notes.print(parseResult.commandSpec().commandLine().getErr());
          }
          return status;
        });
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println(
              "cx "
                  + ex.getCommandLine().getCommandSpec().qualifiedName().replaceFirst("^cx ?", "")
                  + ": "
                  + oneLine(ex.getMessage())
                  + " (see --help)");
          err.flush();
          return BAD_INPUT;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          String badInput = badInputMessage(ex);
          if (badInput != null) {
            err.println("cx: " + badInput);
            err.flush();
            return BAD_INPUT;
          }
          err.println("cx: internal error: " + ex);
          ex.printStackTrace(err);
          err.flush();
          return INTERNAL_ERROR;
        });
    return cl;
  }

  private static Duration duration(String text) {
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }

  /** The one-line message of an exception caused by bad input, or null for a bug. */
  static String badInputMessage(Throwable ex) {
    if (ex instanceof UncheckedIOException && ex.getCause() != null) {
      return badInputMessage(ex.getCause());
    }
    if (ex instanceof NoSuchFileException || ex instanceof FileNotFoundException) {
      return ex.getMessage() + ": no such file";
    }
    if (ex instanceof AccessDeniedException) {
      return ex.getMessage() + ": access denied";
    }
    if (ex instanceof BadInputException
        || ex instanceof IngestException
        || ex instanceof CxJsonException
        || ex instanceof IllegalArgumentException
        || ex instanceof java.io.IOException) {
      return oneLine(String.valueOf(ex.getMessage()));
    }
    return null;
  }

  /** {@code s} on one line, with every control, bidi and zero-width character escaped. */
  static String oneLine(String s) {
    return Checks.escaped(s.strip().replaceAll("\\s*\\R\\s*", "; "));
  }
}
