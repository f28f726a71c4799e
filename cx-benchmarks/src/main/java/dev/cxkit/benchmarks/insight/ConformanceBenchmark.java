package dev.cxkit.benchmarks.insight;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.conformance.ConformanceChecker;
import dev.cxkit.journey.conformance.ConformanceReport;
import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.journey.whatif.JourneySimulator;
import dev.cxkit.model.map.JourneyMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Aligns 1,000,000 synthetic journeys (average about 12 events; simulated from a 30-step map with
 * branches and loops, with planted skips, repeats and unplanned touchpoints) against the map and
 * aggregates the full conformance report. The score is milliseconds per run of all journeys.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ConformanceBenchmark {
  static final int JOURNEYS = 1_000_000;

  private Journeys journeys;
  private ConformanceChecker checker;

  /** Simulates the journeys once. */
  @Setup
  public void setUp() {
    JourneyMap map = InsightFixtures.branchingMap(30);
    journeys =
        JourneySimulator.of(map)
            .seed(3)
            .baseDropOff(0.07)
            .skip("s4", 0.3)
            .repeat("s10", 0.3)
            .replace("s12", "chat-bot", 0.2)
            .simulate(JOURNEYS);
    checker = ConformanceChecker.of(StepMatcher.byTouchpoint(map));
    System.out.printf(
        "%n%d journeys, %d events, average length %.2f%n",
        journeys.count(), journeys.eventCount(), (double) journeys.eventCount() / journeys.count());
  }

  /** Alignment and aggregation of all journeys. */
  @Benchmark
  public ConformanceReport alignMillionJourneys() {
    return checker.check(journeys);
  }
}
