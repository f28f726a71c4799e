package dev.cxkit.benchmarks.insight;

import dev.cxkit.model.map.JourneyMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 12's performance target: {@code ./cx insights} end to end from the CSV on 1,000,000
 * synthetic journeys (average length about 12, from the 30-step map with branches and loops of
 * {@link InsightFixtures#branchingMap}), under 15 s on the project's 2-core machine. Setup writes
 * the files once ({@link InsightsCsvFixture}); each shot runs {@link InsightsPipeline}: read,
 * assemble, align, moments of truth with the Markov estimate, hotspots, action plan. The score is
 * milliseconds per run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class InsightsFromCsvBenchmark {
  private Path dir;
  private JourneyMap map;

  /** Writes the map and the event log. */
  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("cx-insights-bench");
    long rows = InsightsCsvFixture.write(dir, 1_000_000, false);
    map = InsightsPipeline.map(dir);
    System.out.printf("%n%d rows in %s%n", rows, dir.resolve("events.csv"));
  }

  /** Removes the files. */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(dir.resolve("events.csv"));
    Files.deleteIfExists(dir.resolve("bench.journey-map.json"));
    Files.deleteIfExists(dir);
  }

  /** The whole analysis from the file. */
  @Benchmark
  public InsightsPipeline.Result insightsOfMillionJourneysFromCsv() throws IOException {
    return InsightsPipeline.run(dir, map, phase -> {});
  }
}
