package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dictionary;
import dev.cxkit.journey.paths.PathNode;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.journey.paths.PathQuery;
import dev.cxkit.journey.paths.PathTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cx journeys … paths}: the paths from an event, to an event, or between two events. */
@Command(
    name = "paths",
    mixinStandardHelpOptions = true,
    description = {
      "The paths after an event (--from), before one (--to, read backwards from it) or from one"
          + " to the next occurrence of another (both), as a tree: journeys, paths that end or are"
          + " cut by --depth at each node, and each node's share of the tree's journeys with a"
          + " Wilson interval. Children with fewer than --min-journeys journeys fold into"
          + " (other)."
    },
    footer = {
      "",
      "Example:",
      "  ./cx journeys --input target/cx-tour/events.synthetic.csv --type-column type \\",
      "      --dimension type paths --from call-support --to technician-visit --depth 4"
    })
final class JourneysPaths implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand JourneysCommand parent;
  @Mixin FormatOption output;

  @Option(names = "--from", description = "The event the paths start at.")
  String from;

  @Option(names = "--to", description = "The event the paths end at.")
  String to;

  @Option(
      names = "--depth",
      defaultValue = "5",
      description =
          "Steps followed beyond the anchoring event, 1 to 1000 (default: ${DEFAULT-VALUE}).")
  int depth;

  @Option(
      names = "--occurrence",
      defaultValue = "first",
      description =
          "Which occurrence anchors a path: first (PostHog's rule) or last; between two events,"
              + " the first --from or the last one that a --to follows (default: ${DEFAULT-VALUE}).")
  String occurrence;

  @Option(
      names = "--min-journeys",
      defaultValue = "1",
      description =
          "Children with fewer journeys fold into (other); 1 folds nothing (default:"
              + " ${DEFAULT-VALUE}).")
  long minJourneys;

  @Option(
      names = "--confidence",
      defaultValue = "0.95",
      description = "Confidence level of the intervals (default: ${DEFAULT-VALUE}).")
  double confidence;

  @Override
  public Integer call() throws IOException {
    if (from == null && to == null) {
      throw new BadInputException("journeys paths needs --from, --to or both");
    }
    if (depth < 1 || depth > PathQuery.MAX_DEPTH) {
      throw new BadInputException(
          "--depth must be in 1.." + PathQuery.MAX_DEPTH + ", was " + depth);
    }
    if (minJourneys < 1) {
      throw new BadInputException("--min-journeys must be at least 1, was " + minJourneys);
    }
    OptionValues.checkConfidence(confidence);
    PathQuery.Occurrence occ = occurrence(occurrence);
    PathOptions options = parent.events.pathOptions();
    Journeys js = parent.events.journeys();
    Dictionary names = options.dimension().dictionary(js.dictionaries());
    if (from != null) {
      EventInput.requireKnown(names, List.of(from), "--from");
    }
    if (to != null) {
      EventInput.requireKnown(names, List.of(to), "--to");
    }
    PathTree t =
        PathTree.of(js, new PathQuery(options, from, to, occ, depth, minJourneys, confidence));
    Table nodes =
        new Table(
            Column.texts("path", t.query().backwards() ? " < " : " > "),
            Column.count("depth"),
            Column.flag("folded"),
            Column.count("journeys"),
            Column.count("ended"),
            Column.count("cut"),
            Column.proportion("share"),
            Column.proportion("lower"),
            Column.proportion("upper"));
    if (t.anchored() > 0) {
      for (PathTree.Entry e : t.nodes()) {
        PathNode n = e.node();
        nodes.row(
            new ArrayList<>(e.steps()),
            n.depth(),
            n.folded(),
            n.journeys(),
            n.ended(),
            n.cut(),
            n.share(),
            n.interval().lower(),
            n.interval().upper());
      }
    }
    new Result("journeys paths")
        .field(Column.text("from").orNull(), from)
        .field(Column.text("to").orNull(), to)
        .field(Column.text("occurrence"), occ.name().toLowerCase(Locale.ROOT))
        .field(Column.count("depth"), depth)
        .field(Column.count("min_journeys"), minJourneys)
        .field(Column.proportion("confidence"), confidence)
        .field(Column.count("journeys"), t.journeys())
        .field(Column.count("with_path"), t.anchored())
        .field(Column.count("without_start"), t.withoutStart())
        .field(Column.count("without_end"), t.withoutEnd())
        .list("nodes", nodes)
        .print(spec.commandLine().getOut(), output.format);
    return 0;
  }

  private static PathQuery.Occurrence occurrence(String name) {
    switch (name) {
      case "first":
        return PathQuery.Occurrence.FIRST;
      case "last":
        return PathQuery.Occurrence.LAST;
      default:
        throw new BadInputException("--occurrence must be first or last, was '" + name + "'");
    }
  }
}
