package dev.cxkit.consumer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A user's build against each published cxkit jar: the programs in {@code src/consumers/<module>}
 * compile with {@code -Xlint:all -Werror}, once as a named module (module path) and once on the
 * class path, against exactly the dependencies Maven gives a user of cx-render (so without the
 * {@code provided} Immutables annotations and without the optional jackson-databind), and each
 * program runs in a fresh JVM on that same path.
 */
class ConsumerBuildTest {

  /** How a user's build puts cxkit on its path. */
  enum Mode {
    MODULE_PATH,
    CLASS_PATH
  }

  private static final Path CONSUMERS = Paths.get(System.getProperty("cx.consumers"));
  private static final Path OUT = Paths.get(System.getProperty("cx.consumers.out"));

  /** The user's dependency path: what Maven resolves for cx-render at compile/runtime scope. */
  private static List<String> userPath() throws IOException {
    String path = Files.readString(Paths.get(System.getProperty("cx.consumer.path")), UTF_8).trim();
    List<String> entries = new ArrayList<>(List.of(path.split(File.pathSeparator)));
    entries.removeIf(String::isEmpty);
    return entries;
  }

  @Test
  void theUserPathHasCxkitButNoneOfTheOptionalOrProvidedJars() throws IOException {
    String path = String.join("\n", userPath());
    for (String published : List.of("cx-model", "cx-metrics", "cx-journey", "cx-render")) {
      assertTrue(path.contains(published), published + " missing from\n" + path);
    }
    // what the consumers prove depends on these being absent
    assertFalse(path.contains("jackson-databind"), path);
    assertFalse(path.contains("value-annotations"), path);
    assertFalse(path.contains("guava"), path);
    assertFalse(path.contains("hipparchus-optim"), path);
    assertFalse(path.contains("hipparchus-stat"), path);
  }

  /**
   * The dependency footprint of the published jars, as the README states it ("What comes along"):
   * cxkit's own jars plus JSpecify, jackson-annotations and hipparchus-core, nothing else, and
   * those three small. A new runtime dependency of a published module fails here until it is
   * declared here and in the README.
   */
  @Test
  void theUserPathIsCxkitPlusJspecifyJacksonAnnotationsAndHipparchusCore() throws IOException {
    Map<String, Long> thirdParty = new TreeMap<>();
    for (String entry : userPath()) {
      Path jar = Paths.get(entry);
      String name = jar.getFileName().toString();
      if (name.startsWith("cx-")) {
        continue; // a cxkit module of this reactor
      }
      // a repository jar: .../<group path>/<artifact>/<version>/<artifact>-<version>.jar
      Path artifactDir = jar.getParent().getParent();
      thirdParty.merge(artifactDir.getFileName().toString(), Files.size(jar), Long::sum);
    }
    assertEquals(
        List.of("hipparchus-core", "jackson-annotations", "jspecify"),
        List.copyOf(thirdParty.keySet()),
        "third-party jars on a user's path");
    long bytes = thirdParty.values().stream().mapToLong(Long::longValue).sum();
    assertTrue(
        bytes < 3_000_000L,
        "third-party jars should stay under 3 MB (Guava alone was 3 MB), were " + thirdParty);
  }

  @ParameterizedTest(name = "{0} on the {1}")
  @CsvSource({
    "model,   MODULE_PATH, dev.cxkit.consumer.model.ModelConsumer",
    "model,   CLASS_PATH,  dev.cxkit.consumer.model.ModelConsumer",
    "metrics, MODULE_PATH, dev.cxkit.consumer.metrics.MetricsConsumer",
    "metrics, CLASS_PATH,  dev.cxkit.consumer.metrics.MetricsConsumer",
    "journey, MODULE_PATH, dev.cxkit.consumer.journey.JourneyConsumer",
    "journey, CLASS_PATH,  dev.cxkit.consumer.journey.JourneyConsumer",
    "render,  MODULE_PATH, dev.cxkit.consumer.render.RenderConsumer",
    "render,  CLASS_PATH,  dev.cxkit.consumer.render.RenderConsumer",
  })
  void compilesWithAllLintWarningsAsErrorsAndRuns(String module, Mode mode, String mainClass)
      throws Exception {
    Path out = OUT.resolve(module + "-" + mode.name().toLowerCase(Locale.ROOT));
    compile(CONSUMERS.resolve(module), mode, out);
    String output = run(module, mode, mainClass, out);
    assertTrue(output.startsWith("ok " + module + ":"), output);
  }

  private static void compile(Path sources, Mode mode, Path out) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files =
          walk.filter(p -> p.toString().endsWith(".java"))
              .filter(p -> mode == Mode.MODULE_PATH || !p.endsWith("module-info.java"))
              .collect(Collectors.toList());
    }
    Files.createDirectories(out);
    String path = String.join(File.pathSeparator, userPath());
    List<String> options =
        new ArrayList<>(
            List.of(
                "--release", "17", "-Xlint:all", "-Werror", "-d", out.toString(), "-proc:none"));
    options.add(mode == Mode.MODULE_PATH ? "--module-path" : "--class-path");
    options.add(path);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter log = new StringWriter();
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      boolean ok =
          javac
              .getTask(log, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files))
              .call();
      String report =
          diagnostics.getDiagnostics().stream()
              .map(
                  d ->
                      d.getKind()
                          + " "
                          + d.getSource()
                          + ":"
                          + d.getLineNumber()
                          + ": "
                          + d.getMessage(Locale.ROOT))
              .collect(Collectors.joining("\n"));
      assertTrue(ok && report.isEmpty(), sources + " " + mode + ":\n" + report + log);
    }
  }

  private static String run(String module, Mode mode, String mainClass, Path out)
      throws IOException, InterruptedException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    String path = out + File.pathSeparator + String.join(File.pathSeparator, userPath());
    List<String> command =
        mode == Mode.MODULE_PATH
            ? List.of(
                java,
                "--module-path",
                path,
                "--module",
                "dev.cxkit.consumer." + module + "/" + mainClass)
            : List.of(java, "--class-path", path, mainClass);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "still running: " + command);
    assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + output);
    return output.trim();
  }
}
