package dev.cxkit.benchmarks.insight;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.conformance.ConformanceChecker;
import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.journey.events.CsvEventReader;
import dev.cxkit.journey.events.CsvFormat;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.events.TimeFormat;
import dev.cxkit.journey.insight.ActionPlan;
import dev.cxkit.journey.insight.Hotspot;
import dev.cxkit.journey.insight.Hotspots;
import dev.cxkit.journey.insight.MomentsOfTruth;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.json.CxJson;
import dev.cxkit.model.map.JourneyMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What {@code ./cx insights --map DIR/bench.journey-map.json --input DIR/events.csv --type-column
 * type --goal-type order} computes, phase by phase, on the {@link InsightsCsvFixture} files: read
 * the CSV (fail fast), assemble journeys with the order events as the goal, align them with the map
 * (conformance), estimate every candidate's moment-of-truth effect with the Markov chain's beside
 * it, rank the hotspots, build the action plan. Printing the tables is left out (a few dozen rows).
 */
final class InsightsPipeline {
  private InsightsPipeline() {}

  /** Called after each phase with its name. */
  interface Lap {
    void lap(String phase);
  }

  /** What the run found, to check and to keep the work from being optimised away. */
  record Result(int journeys, long events, double fitness, int effects, int actions) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d journeys, %d events, fitness %.3f, %d effects, %d actions",
          journeys,
          events,
          fitness,
          effects,
          actions);
    }
  }

  static JourneyMap map(Path dir) throws IOException {
    try (InputStream in = Files.newInputStream(dir.resolve("bench.journey-map.json"))) {
      return CxJson.strict().fromJson(in, JourneyMap.class);
    }
  }

  static Result run(Path dir, JourneyMap map, Lap lap) throws IOException {
    EventDictionaries dict = new EventDictionaries();
    EventLog.Builder log = EventLog.builder(dict);
    CsvFormat format =
        CsvFormat.of("customer", "time", "touchpoint")
            .withChannel("channel")
            .withType("type")
            .withTimeFormat(TimeFormat.epochMillis());
    CsvEventReader.of(format, RejectPolicy.failFast()).read(dir.resolve("events.csv"), dict, log);
    lap.lap("read CSV");
    Journeys js =
        JourneyAssembler.assemble(
            log.build(),
            SplitRules.none().withGoal(EventFilter.types(dict, "order"), false),
            TieBreak.ARRIVAL);
    lap.lap("assemble");
    StepMatcher matcher = StepMatcher.byTouchpoint(map);
    double fitness = ConformanceChecker.of(matcher).check(js).meanFitness();
    lap.lap("align (conformance)");
    MomentsOfTruth mots = MomentsOfTruth.detect(js, matcher);
    lap.lap("moments of truth");
    List<Hotspot> hot = Hotspots.rank(mots);
    lap.lap("hotspots");
    int actions = ActionPlan.build(mots, hot, 100, 0.2).actions().size();
    lap.lap("action plan");
    return new Result(js.count(), js.eventCount(), fitness, mots.effects().size(), actions);
  }
}
