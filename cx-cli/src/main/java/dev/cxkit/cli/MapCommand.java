package dev.cxkit.cli;

import dev.cxkit.model.json.CxJson;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.samples.JourneyMapSamples;
import dev.cxkit.render.HtmlReport;
import dev.cxkit.render.map.JourneyMapSvg;
import dev.cxkit.render.text.MermaidJourney;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cx map}: validate a journey map and print it as Mermaid or canonical JSON. */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a journey map (JSON, validated strictly) and prints it as a Mermaid journey diagram,"
          + " canonical JSON, an SVG picture or a self-contained HTML page."
    },
    footer = {
      "",
      "Example:",
      "  ./cx map --sample cable-outage --format mermaid",
      "  ./cx map --input my.journey-map.json --format json",
      "  ./cx map --sample cable-outage --format html > cable-outage.html"
    })
final class MapCommand implements Callable<Integer> {
  enum Format {
    mermaid,
    json,
    svg,
    html
  }

  static final class Source {
    @Option(names = "--input", description = "A journey map JSON file.")
    Path input;

    @Option(
        names = "--sample",
        description = "A bundled sample: cable-outage, cable-outage-future or b2b-purchase.")
    String sample;
  }

  @Spec CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Source source;

  @Option(names = "--future", description = "The future-state map to overlay (svg and html).")
  Path future;

  @Option(
      names = "--format",
      defaultValue = "mermaid",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws IOException {
    JourneyMap map = load(source.input, source.sample);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json:
        out.print(JsonTree.of(map));
        break;
      case svg:
        out.println(svg(map));
        break;
      case html:
        out.print(
            HtmlReport.builder()
                .title(map.name())
                .paragraph(map.description().orElse(""))
                .section("Journey map", svg(map))
                .code("Mermaid", MermaidJourney.of(map))
                .build()
                .toHtml());
        break;
      default:
        out.print(MermaidJourney.of(map));
    }
    out.flush();
    return 0;
  }

  private String svg(JourneyMap map) throws IOException {
    JourneyMapSvg svg = JourneyMapSvg.of(map);
    if (future != null) {
      svg = svg.withFuture(load(future, null));
    }
    return svg.toSvg();
  }

  static JourneyMap load(Path input, String sample) throws IOException {
    if (input != null) {
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
            "--sample must be cable-outage, cable-outage-future or b2b-purchase, was '"
                + sample
                + "'");
    }
  }
}
