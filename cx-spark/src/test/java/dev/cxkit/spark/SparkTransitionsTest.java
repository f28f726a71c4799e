package dev.cxkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.markov.Absorption;
import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.journey.markov.StateConstruction;
import dev.cxkit.journey.markov.TransitionCounts;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.journey.whatif.Change;
import dev.cxkit.journey.whatif.WhatIf;
import dev.cxkit.journey.whatif.WhatIfResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Transition counts counted per partition in Spark and merged through their wire form equal
 * cx-journey's counts of the same journeys in one JVM ({@link TransitionCounts#of}), and the chains
 * estimated from them give the same absorption figures.
 */
class SparkTransitionsTest {
  static final int EVENTS = 200_000;
  static List<Row> rows;
  static Journeys single;

  @BeforeAll
  static void singleJvm() {
    rows = EventLogs.generate(EVENTS, 5);
    EventDictionaries dict = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(dict);
    for (Row r : rows.subList(0, rows.size() - EventLogs.BAD_ROWS)) {
      b.add(r.getString(0), r.getLong(1), r.getString(2), r.getString(3), r.getString(4), "");
    }
    single =
        JourneyAssembler.assemble(
            b.build(), SparkJourneysTest.RULES.toSplitRules(dict), TieBreak.CONTENT);
  }

  static Dataset<JourneyRow> journeys(int partitions) {
    List<Row> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(partitions));
    StructType schema = EventLogs.SCHEMA;
    Dataset<Row> events =
        SparkTesting.spark().createDataFrame(shuffled, schema).repartition(partitions);
    return SparkJourneys.assemble(
            events,
            EventColumns.of("customer", "time", "touchpoint")
                .withChannel("channel")
                .withType("type"),
            SparkJourneysTest.RULES)
        .journeys()
        .repartition(partitions);
  }

  @ParameterizedTest
  @CsvSource({"1, 1, PREFIXES", "2, 2, PREFIXES", "8, 1, PREFIXES", "8, 2, WINDOWS"})
  void countsAndChainEqualSingleJvm(int partitions, int order, StateConstruction states) {
    PathOptions options = PathOptions.of(Dimension.TOUCHPOINT);
    TransitionCounts expected =
        TransitionCounts.create(single.dictionaries(), options, order, states);
    single.forEach(expected);
    TransitionCounts actual = SparkTransitions.counts(journeys(partitions), options, order, states);
    assertEquals(expected, actual);

    MarkovChain e = expected.chain();
    MarkovChain a = actual.chain();
    assertEquals(e.stateCount(), a.stateCount());
    Absorption ea = e.absorption();
    Absorption aa = a.absorption();
    for (String state : e.stateNames()) {
      SparkJourneysTest.assertRelative(
          ea.conversionProbability(e.state(state)),
          aa.conversionProbability(a.state(state)),
          "P(conversion) from " + state);
    }
  }

  @Test
  void whatIfOnTheMergedChainEqualsSingleJvm() {
    PathOptions options = PathOptions.of(Dimension.TOUCHPOINT);
    MarkovChain e = TransitionCounts.of(single, options, 1).chain();
    MarkovChain a =
        SparkTransitions.counts(journeys(4), options, 1, StateConstruction.PREFIXES).chain();
    for (Change change :
        List.of(
            Change.reduceDropOff("cart", 0.2),
            Change.removeStep("help"),
            Change.shiftTraffic("home", "product", 0.3))) {
      WhatIfResult er = WhatIf.of(e).journeys(single.count()).evaluate(change);
      WhatIfResult ar = WhatIf.of(a).journeys(single.count()).evaluate(change);
      SparkJourneysTest.assertRelative(er.conversionBefore(), ar.conversionBefore(), "before");
      SparkJourneysTest.assertRelative(er.conversionAfter(), ar.conversionAfter(), "after");
      SparkJourneysTest.assertRelative(er.stepsAfter(), ar.stepsAfter(), "steps after");
      assertTrue(er.conversionAfter() != er.conversionBefore(), change + " changes something");
    }
  }

  @Test
  void collapsedRepeatsAndChannelsToo() {
    PathOptions options = PathOptions.of(Dimension.CHANNEL).collapsingRepeats();
    TransitionCounts expected = TransitionCounts.of(single, options, 1);
    assertEquals(
        expected, SparkTransitions.counts(journeys(3), options, 1, StateConstruction.PREFIXES));
  }

  @Test
  void badOrderIsRefusedOnTheDriver() {
    Dataset<JourneyRow> none = journeys(1).limit(0);
    IllegalArgumentException ex =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SparkTransitions.counts(
                    none, PathOptions.of(Dimension.CHANNEL), 0, StateConstruction.PREFIXES));
    assertTrue(ex.getMessage().contains("order"), ex.getMessage());
  }
}
