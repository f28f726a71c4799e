package dev.cxkit.cli;

import dev.cxkit.model.csv.Durations;
import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.internal.Checks;
import dev.cxkit.model.json.CxJsonException;
import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code cx} command: the front door to cxkit. Every subcommand is a thin layer over the public
 * library API. Exit status 0 on success, 2 on bad input (one line on stderr naming file, line,
 * field, value and rule), 1 on an internal error.
 *
 * {@snippet class=dev.cxkit.cli.SnippetsTest region=cxCommand}
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
      "  ./cx nps --promoters 250 --passives 675 --detractors 75",
      "  ./cx report --out my-report.html \\",
      "      survey --input target/cx-tour/survey.synthetic.csv --metric nps \\",
      "      --score-column ltr"
    },
    subcommands = {
      TourCommand.class,
      ReportCommand.class,
      NpsCommand.class,
      SurveyCommand.class,
      AttributionCommand.class,
      ExportCommand.class,
      ClvCommand.class,
      ChurnCommand.class,
      RetentionCommand.class,
      JourneysCommand.class,
      MapCommand.class,
      InsightsCommand.class,
      WhatIfCommand.class,
      JshellCommand.class,
      ClasspathCommand.class,
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

  /**
   * A configured command line: one-line errors, exit status 2 on bad input and 1 on a bug. Every
   * message goes through {@link Checks#printable}, so control, bidi and zero-width characters from
   * an argument or an input cell are shown as {@code [U+001B]} and never reach the terminal live.
   * Input files (every option or parameter of type {@link Path} except {@code --out}) are checked
   * before the command runs: a missing file, a directory or an unreadable file is named with its
   * option and path.
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new CxCommand());
    // one reading of durations for every option: 30m, 7d, 1h30m and ISO-8601 alike
    cl.registerConverter(Duration.class, CxCommand::duration);
    List<Path> inputs = new ArrayList<>();
    cl.setExecutionStrategy(
        parseResult -> {
          inputs.addAll(InputFiles.check(parseResult));
          Notes.clear();
          int status = new CommandLine.RunLast().execute(parseResult);
          if (status == 0) {
            Notes.print(parseResult.commandSpec().commandLine().getErr());
          }
          return status;
        });
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine helped = helpRequested(cl, ex, args);
          if (helped != null) {
            helped.usage(helped.getOut());
            return 0;
          }
          PrintWriter err = ex.getCommandLine().getErr();
          err.println(
              Checks.printable(
                  "cx "
                      + ex.getCommandLine()
                          .getCommandSpec()
                          .qualifiedName()
                          .replaceFirst("^cx ?", "")
                      + ": "
                      + oneLine(String.valueOf(ex.getMessage()))
                      + " (see --help)"));
          err.flush();
          return BAD_INPUT;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          String badInput = badInputMessage(ex);
          if (badInput != null) {
            err.println(Checks.printable("cx: " + InputFiles.nameFile(badInput, ex, inputs)));
            err.flush();
            return BAD_INPUT;
          }
          err.println(Checks.printable("cx: internal error: " + ex));
          StringWriter trace = new StringWriter();
          ex.printStackTrace(new PrintWriter(trace));
          trace.toString().lines().skip(1).forEach(l -> err.println(Checks.printable(l)));
          err.flush();
          return INTERNAL_ERROR;
        });
    return cl;
  }

  /**
   * The command whose {@code --help} was asked for when parsing failed only because a parent
   * command's required option is missing ({@code ./cx journeys variants --help}), else null.
   */
  private static @Nullable CommandLine helpRequested(
      CommandLine root, CommandLine.ParameterException ex, String[] args) {
    List<String> list = List.of(args);
    if (!(ex instanceof CommandLine.MissingParameterException)
        || !(list.contains("--help") || list.contains("-h"))) {
      return null;
    }
    CommandLine c = root;
    for (String a : list) {
      CommandLine sub = c.getSubcommands().get(a);
      if (sub != null) {
        c = sub;
      }
    }
    return c;
  }

  private static Duration duration(String text) {
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }

  /** The one-line message of an exception caused by bad input, or null for a bug. */
  static @Nullable String badInputMessage(Throwable ex) {
    if (ex instanceof UncheckedIOException && ex.getCause() != null) {
      return badInputMessage(ex.getCause());
    }
    if (ex instanceof java.nio.charset.CharacterCodingException) {
      return "not UTF-8 text (" + ex.getMessage() + ")";
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

  static String oneLine(@Nullable String s) {
    if (s == null) {
      return "";
    }
    return s.strip().replaceAll("\\s*\\R\\s*", "; ");
  }
}
