package dev.cxkit.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the bundled data sets ({@code cx-examples/data}): the {@code cx.data} system property, or
 * the first {@code cx-examples/data} (or {@code data} beside this module) in the current directory
 * or one of its parents. Run the examples from anywhere inside the repository.
 */
public final class ExampleData {
  private ExampleData() {}

  /** The bundled file at {@code relative}, for example {@code cdnow/CDNOW_sample.txt}. */
  public static Path file(String relative) {
    String prop = System.getProperty("cx.data");
    if (prop != null) {
      return Path.of(prop).resolve(relative);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("cx-examples").resolve("data");
      if (Files.isDirectory(candidate)) {
        return candidate.resolve(relative);
      }
    }
    throw new IllegalStateException(
        "cx-examples/data not found from " + Path.of("").toAbsolutePath() + "; set -Dcx.data");
  }
}
