package dev.cxkit.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line's checks of input files, for every command at once (also commands added later):
 * every matched option or positional parameter of type {@link Path}, except the output directory
 * {@code --out}, must name a readable regular file. A directory gives {@code "--input PATH: is a
 * directory, not a file"}, a missing file {@code "--input PATH: no such file"}, each as a one-line
 * bad-input error (exit 2). An I/O error whose message names no file gets the input file's name.
 */
final class InputFiles {
  private InputFiles() {}

  /** The input files of the parsed command line, after checking each one. */
  static List<Path> check(ParseResult parseResult) {
    List<Path> inputs = new ArrayList<>();
    collect(parseResult, inputs);
    return inputs;
  }

  /** Checks the files of {@code pr} and of all its subcommands (repeatable ones included). */
  private static void collect(ParseResult pr, List<Path> inputs) {
    List<ArgSpec> args = new ArrayList<>(pr.matchedOptions());
    args.addAll(pr.matchedPositionals());
    for (ArgSpec a : args) {
      if (a.type() != Path.class || isOutput(a)) {
        continue;
      }
      Object value = a.getValue();
      if (value instanceof Path p) {
        check(pr.commandSpec().commandLine(), label(a), p);
        inputs.add(p);
      }
    }
    for (ParseResult sub : pr.subcommands()) {
      collect(sub, inputs);
    }
  }

  private static boolean isOutput(ArgSpec a) {
    return a instanceof OptionSpec o && o.longestName().matches("--out(put)?(-.*)?");
  }

  private static String label(ArgSpec a) {
    return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
  }

  private static void check(CommandLine cl, String option, Path p) {
    String problem = null;
    if (Files.isDirectory(p)) {
      problem = "is a directory, not a file";
    } else if (!Files.exists(p)) {
      problem = "no such file";
    } else if (!Files.isReadable(p)) {
      problem = "access denied";
    }
    if (problem != null) {
      throw new CommandLine.ParameterException(cl, option + " " + p + ": " + problem);
    }
  }

  /**
   * {@code message} naming the input file when the error is an I/O error (or has one as its cause)
   * whose message names no file: with one input file, {@code "FILE: message"}; with several, {@code
   * "one of FILE, FILE: message"}.
   */
  static String nameFile(String message, Throwable ex, List<Path> inputs) {
    boolean io = false;
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof FileSystemException) {
        return message;
      }
      io |= t instanceof IOException || t instanceof CharacterCodingException;
    }
    if (!io || inputs.isEmpty()) {
      return message;
    }
    for (Path p : inputs) {
      if (message.contains(p.toString()) || message.contains(String.valueOf(p.getFileName()))) {
        return message;
      }
    }
    String files =
        inputs.size() == 1
            ? inputs.get(0).toString()
            : "one of " + String.join(", ", inputs.stream().map(Path::toString).toList());
    return files + ": " + message;
  }
}
