package dev.cxkit.examples;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.CsvEventReader;
import dev.cxkit.journey.events.CsvFormat;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.events.TimeFormat;
import dev.cxkit.journey.funnel.Checkpoint;
import dev.cxkit.journey.funnel.Funnel;
import dev.cxkit.journey.funnel.FunnelOrdering;
import dev.cxkit.journey.funnel.FunnelStep;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.journey.paths.PathVariant;
import dev.cxkit.journey.paths.PathVariants;
import dev.cxkit.model.csv.RejectPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * From raw events to journeys and a funnel. Eight click-stream events of three customers are read
 * from CSV, grouped per customer, split after 30 minutes of inactivity, and marked converted at an
 * "order". Then: the distinct paths, and the home → cart → order funnel with its drop-off.
 */
public final class JourneysAndFunnel {
  private JourneysAndFunnel() {}

  static final String EVENTS =
      "customer,time,touchpoint\n"
          + "u1,2024-01-01T10:00:00Z,home\n"
          + "u1,2024-01-01T10:01:00Z,cart\n"
          + "u1,2024-01-01T10:02:00Z,order\n"
          + "u2,2024-01-01T11:00:00Z,home\n"
          + "u2,2024-01-01T11:05:00Z,cart\n"
          + "u3,2024-01-01T12:00:00Z,home\n"
          + "u3,2024-01-01T14:00:00Z,home\n"
          + "u3,2024-01-01T14:01:00Z,order\n";

  /** Prints the path variants and the funnel. */
  public static void main(String[] args) throws IOException {
    EventDictionaries dict = new EventDictionaries();
    EventLog.Builder log = EventLog.builder(dict);
    CsvEventReader.of(
            CsvFormat.of("customer", "time", "touchpoint")
                .withTimeFormat(TimeFormat.iso(ZoneOffset.UTC)),
            RejectPolicy.failFast())
        .read(new ByteArrayInputStream(EVENTS.getBytes(StandardCharsets.UTF_8)), dict, log);
    SplitRules rules =
        SplitRules.none()
            .withInactivityGap(Duration.ofMinutes(30))
            .withGoal(EventFilter.touchpoints(dict, "order"), true);
    Journeys journeys = JourneyAssembler.assemble(log.build(), rules, TieBreak.ARRIVAL);
    System.out.println(journeys.count() + " journeys, " + journeys.convertedCount() + " converted");
    for (PathVariant v :
        PathVariants.of(journeys, PathOptions.of(Dimension.TOUCHPOINT)).variants()) {
      System.out.println(String.join(" > ", v.steps()) + "  x" + v.journeys());
    }
    List<Checkpoint> steps =
        List.of(
            new Checkpoint("home", EventFilter.touchpoints(dict, "home")),
            new Checkpoint("cart", EventFilter.touchpoints(dict, "cart")),
            new Checkpoint("order", EventFilter.touchpoints(dict, "order")));
    for (FunnelStep s : Funnel.of(steps, FunnelOrdering.LOOSE, null).analyze(journeys).steps()) {
      System.out.println(
          String.format(
              Locale.ROOT,
              "%-6s reached %d, dropped %d, from previous %.2f",
              s.name(),
              s.reached(),
              s.droppedOff(),
              s.conversionFromPrevious()));
    }
  }
}
