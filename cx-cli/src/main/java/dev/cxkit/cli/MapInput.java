package dev.cxkit.cli;

import dev.cxkit.model.json.CxJson;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.samples.JourneyMapSamples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The journey-map options of {@code cx map} and of the report's {@code map} section: the map (a
 * JSON file or a bundled sample) and optionally a future-state map to overlay.
 */
final class MapInput {
  /** The current-state map: a file or a sample, exactly one. */
  static final class Source {
    @Option(names = "--input", description = "A journey map JSON file.")
    Path input;

    @Option(
        names = "--sample",
        description = "A bundled sample: cable-outage, cable-outage-future or b2b-purchase.")
    String sample;
  }

  @ArgGroup(multiplicity = "1")
  Source source;

  @Option(names = "--future", description = "The future-state map JSON to overlay (svg and html).")
  Path future;

  @Option(names = "--future-sample", description = "A bundled sample as the future-state map.")
  String futureSample;

  /** The current-state map. */
  JourneyMap map() throws IOException {
    return load(source.input, source.sample, "--sample");
  }

  /** The future-state map, if one was given. */
  Optional<JourneyMap> futureMap() throws IOException {
    if (future != null && futureSample != null) {
      throw new BadInputException("give --future FILE or --future-sample NAME, not both");
    }
    if (future == null && futureSample == null) {
      return Optional.empty();
    }
    return Optional.of(load(future, futureSample, "--future-sample"));
  }

  /** Where the map comes from, as a reader would name it: the file name or "sample NAME". */
  String describe() {
    return source.input != null
        ? String.valueOf(source.input.getFileName())
        : "the bundled sample " + source.sample;
  }

  /**
   * A map from a JSON file (validated strictly) or a bundled sample by name; {@code option} names
   * the sample's option in the error for an unknown name.
   */
  static JourneyMap load(Path input, String sample, String option) throws IOException {
    if (input != null) {
      dev.cxkit.model.csv.CsvReader.requireFile(input);
      try (InputStream in = Files.newInputStream(input)) {
        return CxJson.strict().fromJson(in, JourneyMap.class);
      } catch (dev.cxkit.model.json.CxJsonException e) {
        throw new BadInputException(input + ": " + CxCommand.oneLine(e.getMessage()));
      }
    }
    switch (sample) {
      case "cable-outage":
        return JourneyMapSamples.cableOutage();
      case "cable-outage-future":
        return JourneyMapSamples.cableOutageFuture();
      case "b2b-purchase":
        return JourneyMapSamples.b2bPurchase();
      default:
        throw new BadInputException(
            option
                + " must be cable-outage, cable-outage-future or b2b-purchase, was '"
                + sample
                + "'");
    }
  }
}
