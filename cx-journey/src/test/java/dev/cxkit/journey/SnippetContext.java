package dev.cxkit.journey;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.journey.markov.TransitionCounts;
import dev.cxkit.journey.paths.JourneyPathTables;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.samples.JourneyMapSamples;
import java.time.Duration;

/**
 * The values cx-journey's javadoc examples start from (the {@code SnippetsTest} of each package
 * extends this): what a reader of an example has at hand, kept out of the shown regions.
 */
public abstract class SnippetContext {
  /** Interned names of a fresh event log. */
  protected final EventDictionaries dict = new EventDictionaries();

  /** Four journeys over three touchpoints and two channels; two reach the goal "order". */
  protected final Journeys journeys =
      JourneyTesting.journeys(
          "home cart order", "home@email cart", "search home order", "home@email search");

  /** A first-order chain of those journeys' touchpoints. */
  protected final MarkovChain chain =
      TransitionCounts.of(journeys, PathOptions.of(Dimension.TOUCHPOINT), 1).chain();

  /** Those journeys as a path table. */
  protected final PathTable table = JourneyPathTables.of(journeys);

  /** Journeys end after 30 minutes of inactivity. */
  protected final SplitRules rules = SplitRules.none().withInactivityGap(Duration.ofMinutes(30));

  /** The bundled cable-outage journey map. */
  protected final JourneyMap map = JourneyMapSamples.cableOutage();
}
