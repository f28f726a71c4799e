package dev.cxkit.consumer.journey;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import java.time.Duration;

/** Assembles journeys from a few events through the public API. */
public final class JourneyConsumer {
  private JourneyConsumer() {}

  /** Prints one line starting with "ok" when journey assembly works. */
  public static void main(String[] args) {
    EventDictionaries dict = new EventDictionaries();
    EventLog.Builder log =
        EventLog.builder(dict)
            .add("u1", 0L, "home", "web", "visit", "")
            .add("u1", 60_000L, "cart", "web", "visit", "")
            .add("u1", 7_200_000L, "home", "web", "visit", "");
    Journeys journeys =
        JourneyAssembler.assemble(
            log.build(),
            SplitRules.none().withInactivityGap(Duration.ofMinutes(30)),
            TieBreak.ARRIVAL);
    if (journeys.count() != 2) {
      throw new AssertionError("a 30-minute gap must split the events in 2 journeys: " + journeys);
    }
    System.out.println("ok journey: " + journeys.count() + " journeys");
  }
}
