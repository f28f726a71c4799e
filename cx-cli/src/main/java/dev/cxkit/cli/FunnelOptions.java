package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.funnel.Checkpoint;
import dev.cxkit.journey.funnel.Funnel;
import dev.cxkit.journey.funnel.FunnelOrdering;
import dev.cxkit.journey.funnel.FunnelResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The funnel options of {@code cx journeys … funnel} and of the report's {@code journeys} section:
 * the steps in order, strict or loose ordering, and a conversion window.
 */
final class FunnelOptions {
  @Option(
      names = "--step",
      description =
          "A funnel step, a value of the --dimension column; repeat in order (the funnel command"
              + " needs at least one).")
  List<String> steps;

  @Option(names = "--strict", description = "Each step must directly follow the previous one.")
  boolean strict;

  @Option(names = "--window", description = "Conversion window: 30m, 7d, 1h30m or ISO-8601.")
  Duration window;

  boolean given() {
    return steps != null && !steps.isEmpty();
  }

  /** The funnel of {@code js} over {@code events}' dimension; every step must occur in the data. */
  FunnelResult analyze(Journeys js, EventInput events) {
    if (!given()) {
      throw new BadInputException("give the funnel's steps in order: --step A --step B ...");
    }
    Dimension d = events.pathOptions().dimension();
    EventInput.requireKnown(
        d.dictionary(js.dictionaries()), steps, "--step (" + events.dimension + ")");
    List<Checkpoint> cps = new ArrayList<>();
    for (String s : steps) {
      cps.add(new Checkpoint(s, EventFilter.of(d, js.dictionaries(), List.of(s))));
    }
    return Funnel.of(cps, ordering(), window).analyze(js);
  }

  FunnelOrdering ordering() {
    return strict ? FunnelOrdering.STRICT : FunnelOrdering.LOOSE;
  }
}
