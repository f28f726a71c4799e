package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Distribution;
import dev.cxkit.journey.paths.DirectlyFollowsGraph;
import dev.cxkit.render.Palette;
import dev.cxkit.render.chart.DirectlyFollowsChart;
import dev.cxkit.render.text.DirectlyFollowsDot;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cx journeys … dfg}: the directly-follows graph with frequency and time annotations. */
@Command(
    name = "dfg",
    mixinStandardHelpOptions = true,
    description = {
      "The directly-follows graph of the journeys (as pm4py's frequency and performance DFG):"
          + " per step its occurrences and the journeys starting and ending there; per edge how"
          + " often one step directly follows another and the time between the two events"
          + " (median, quartiles, 90th and 95th percentiles, seconds). As text or JSON tables, as"
          + " Graphviz DOT or as an SVG picture."
    },
    footer = {
      "",
      "Example:",
      "  ./cx journeys --input target/cx-tour/events.synthetic.csv --type-column type \\",
      "      --dimension type --collapse-repeats dfg --format dot > journeys.dot"
    })
final class JourneysDfg implements Callable<Integer> {
  /** What {@code --format} prints. */
  enum Format {
    text,
    json,
    dot,
    svg
  }

  @Spec CommandSpec spec;
  @ParentCommand JourneysCommand parent;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--min-count",
      defaultValue = "1",
      description = "DOT only: leave out edges seen fewer times (default: ${DEFAULT-VALUE}).")
  long minCount;

  @Override
  public Integer call() throws IOException {
    if (minCount < 1) {
      throw new BadInputException("--min-count must be at least 1, was " + minCount);
    }
    DirectlyFollowsGraph g =
        DirectlyFollowsGraph.of(parent.events.journeys(), parent.events.pathOptions());
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case dot:
        out.print(DirectlyFollowsDot.of("journeys", g, minCount));
        break;
      case svg:
        out.println(
            DirectlyFollowsChart.of("Directly-follows graph", g, Palette.colourBlindSafe()));
        break;
      default:
        result(g).print(out, format == Format.json ? OutputFormat.json : OutputFormat.table);
    }
    out.flush();
    return 0;
  }

  private static Result result(DirectlyFollowsGraph g) {
    Table steps =
        new Table(
            Column.text("step"),
            Column.count("occurrences"),
            Column.count("starts"),
            Column.count("ends"));
    for (DirectlyFollowsGraph.Activity a : g.activities()) {
      steps.row(a.name(), a.occurrences(), a.starts(), a.ends());
    }
    Table edges =
        new Table(
            Column.text("from"),
            Column.text("to"),
            Column.count("count"),
            Column.amount("median_seconds"),
            Column.amount("p25_seconds"),
            Column.amount("p75_seconds"),
            Column.amount("p90_seconds"),
            Column.amount("p95_seconds"),
            Column.amount("mean_seconds"));
    for (DirectlyFollowsGraph.Edge e : g.edges()) {
      Distribution t = e.time();
      edges.row(
          e.from(),
          e.to(),
          e.count(),
          t.median() / 1000,
          t.p25() / 1000,
          t.p75() / 1000,
          t.p90() / 1000,
          t.p95() / 1000,
          t.mean() / 1000);
    }
    return new Result("journeys dfg")
        .field(Column.count("journeys"), g.journeys())
        .field(Column.text("dimension"), g.options().dimension())
        .field(Column.flag("repeats_collapsed"), g.options().collapseRepeats())
        .list("steps", steps)
        .list("edges", edges);
  }
}
