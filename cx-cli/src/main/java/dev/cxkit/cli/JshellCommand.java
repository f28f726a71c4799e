package dev.cxkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cx jshell}: JShell with cxkit on the class path ({@link ClasspathCommand#classPath}) and a
 * startup script with a small set of imports (survey scores and journey maps) and the {@code nps(P,
 * Q, D)} shortcut; more are one {@code import} away. With script files it runs them
 * non-interactively and prints their output.
 */
@Command(
    name = "jshell",
    mixinStandardHelpOptions = true,
    description = {
      "Opens JShell with cxkit on the class path, nps(P, Q, D) defined and a small set of"
          + " imports: dev.cxkit.metrics.survey.*, dev.cxkit.model.map.*,"
          + " dev.cxkit.model.samples.*; add more with import (e.g. import"
          + " dev.cxkit.metrics.clv.*), /imports lists them. With SCRIPT files, runs them and"
          + " exits."
    },
    footer = {
      "",
      "Example:",
      "  ./cx jshell",
      "  jshell> NetScores.of(NetScoreCounts.nps(250, 675, 75))",
      "  jshell> import dev.cxkit.metrics.clv.*",
      "  ./cx jshell cx-examples/jshell/survey.jsh"
    })
final class JshellCommand implements Callable<Integer> {
  static final String STARTUP = "/dev/cxkit/cli/startup.jsh";

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "SCRIPT", description = "Scripts to run, then exit.")
  List<Path> scripts = new ArrayList<>();

  @Override
  public Integer call() throws IOException, InterruptedException {
    for (Path s : scripts) {
      if (!Files.isRegularFile(s)) {
        throw new BadInputException(s + ": no such script file");
      }
    }
    Path startup = Files.createTempFile("cx-startup", ".jsh");
    startup.toFile().deleteOnExit();
    try (InputStream in = JshellCommand.class.getResourceAsStream(STARTUP)) {
      Files.copy(in, startup, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    List<String> cmd = command(startup);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    if (scripts.isEmpty()) {
      pb.inheritIO();
      return pb.start().waitFor();
    }
    pb.redirectErrorStream(true);
    pb.redirectInput(ProcessBuilder.Redirect.PIPE);
    Process p = pb.start();
    p.getOutputStream().close();
    PrintWriter out = spec.commandLine().getOut();
    out.print(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    out.flush();
    return p.waitFor() == 0 ? 0 : CxCommand.BAD_INPUT;
  }

  /** The jshell command line: class path, startup scripts, data directory, scripts. */
  List<String> command(Path startup) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "jshell").toString());
    cmd.add("--class-path");
    cmd.add(ClasspathCommand.classPath());
    cmd.add("--startup");
    cmd.add("DEFAULT");
    cmd.add("--startup");
    cmd.add(startup.toString());
    Path data = DataDir.find();
    if (data != null) {
      cmd.add("-R-Dcx.data=" + data);
    }
    for (Path s : scripts) {
      cmd.add(s.toAbsolutePath().toString());
    }
    if (!scripts.isEmpty()) {
      cmd.add(exitScript().toString());
    }
    return cmd;
  }

  private static Path exitScript() {
    try {
      Path p = Files.createTempFile("cx-exit", ".jsh");
      p.toFile().deleteOnExit();
      Files.writeString(p, "/exit\n");
      return p;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
