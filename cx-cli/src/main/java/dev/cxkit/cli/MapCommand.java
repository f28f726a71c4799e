package dev.cxkit.cli;

import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.render.HtmlReport;
import dev.cxkit.render.map.JourneyMapSvg;
import dev.cxkit.render.text.MermaidJourney;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      "  ./cx map --sample b2b-purchase --format json > b2b.journey-map.json",
      "  ./cx map --input b2b.journey-map.json --format svg > b2b.svg",
      "  ./cx map --sample cable-outage --future-sample cable-outage-future \\",
      "      --format html > cable-outage.html"
    })
final class MapCommand implements Callable<Integer> {
  enum Format {
    mermaid,
    json,
    svg,
    html
  }

  @Spec CommandSpec spec;

  @Mixin MapInput input;

  @Option(
      names = "--format",
      defaultValue = "mermaid",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws IOException {
    JourneyMap map = input.map();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json:
        out.print(JsonTree.of(map));
        break;
      case svg:
        out.println(svg(map));
        break;
      case html:
        HtmlReport.Builder page = HtmlReport.builder().title(map.name());
        map.description().ifPresent(page::paragraph);
        out.print(
            page.section("Journey map", svg(map))
                .code("The map as a Mermaid journey diagram", MermaidJourney.of(map))
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
    Optional<JourneyMap> future = input.futureMap();
    if (future.isPresent()) {
      svg = svg.withFuture(future.get());
    }
    return svg.toSvg();
  }

  /** A map from {@code --map FILE} or {@code --sample NAME} (insights, whatif). */
  static JourneyMap load(Path input, String sample) throws IOException {
    return MapInput.load(input, sample, "--sample");
  }
}
