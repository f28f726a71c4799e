package dev.cxkit.render.testing;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.funnel.Checkpoint;
import dev.cxkit.journey.funnel.Funnel;
import dev.cxkit.journey.funnel.FunnelOrdering;
import dev.cxkit.journey.funnel.FunnelResult;
import java.util.List;

/** Small journey sets built through the journey engine's public API. */
public final class EngineFixtures {
  private EngineFixtures() {}

  /**
   * One journey per space-separated path of touchpoints ("search product order"), one customer
   * each, a minute apart; the touchpoint "order" is the goal.
   */
  public static Journeys journeys(String... paths) {
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    int c = 0;
    for (String p : paths) {
      long t = 0;
      for (String step : p.split(" ")) {
        b.add("c" + c, t, step, "web", step.equals("order") ? "order" : "view", "");
        t += 60_000;
      }
      c++;
    }
    return JourneyAssembler.assemble(
        b.build(),
        SplitRules.none().withGoal(EventFilter.types(d, "order"), true),
        TieBreak.ARRIVAL);
  }

  /** A handful of shop journeys. */
  public static Journeys shop() {
    return journeys(
        "search product cart order",
        "search product",
        "email product cart order",
        "email cart",
        "search product support",
        "search product cart order",
        "display search product");
  }

  /** The product → cart → order funnel of {@link #shop()}: 7 journeys, 6 reach the product. */
  public static FunnelResult shopFunnel() {
    Journeys js = shop();
    EventDictionaries d = js.dictionaries();
    return Funnel.of(
            List.of(
                new Checkpoint("product", EventFilter.touchpoints(d, "product")),
                new Checkpoint("cart", EventFilter.touchpoints(d, "cart")),
                new Checkpoint("order", EventFilter.touchpoints(d, "order"))),
            FunnelOrdering.LOOSE,
            null)
        .analyze(js);
  }
}
