package dev.cxkit.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cx classpath}: the class path of cxkit and its dependencies as one line of absolute paths,
 * for {@code jshell --class-path "$(./cx classpath)"} and {@code java -cp}; the same class path
 * {@code cx jshell} starts JShell with.
 */
@Command(
    name = "classpath",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the class path of cxkit and its dependencies (absolute paths, one line), for your"
          + " own JShell or scripts: jshell --class-path \"$(./cx classpath)\", java -cp"
          + " \"$(./cx classpath)\" MyAnalysis.java."
    },
    footer = {"", "Example:", "  ./cx classpath"})
final class ClasspathCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println(classPath());
    out.flush();
    return 0;
  }

  /** The running class path, each entry absolute, joined by the platform's path separator. */
  static String classPath() {
    List<String> entries = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!e.isEmpty()) {
        entries.add(Path.of(e).toAbsolutePath().normalize().toString());
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
