package dev.cxkit.benchmarks.journey;

import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.assembly.StreamingAssembler;
import dev.cxkit.journey.events.CsvEventReader;
import dev.cxkit.journey.events.CsvFormat;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.markov.TransitionCounts;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.model.csv.IngestReport;
import dev.cxkit.model.csv.RejectPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * End to end: read a 10,000,000-event CSV (epoch-millisecond times, sorted by customer and time),
 * intern, assemble journeys (30-minute gap, end at "order") and count first-order touchpoint
 * transitions, in one streaming pass. The score is seconds per run (single shot).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class CsvPipelineBenchmark {
  private Path file;

  /** Writes the CSV once. */
  @Setup
  public void setUp() throws IOException {
    file = Files.createTempFile("cxkit-events-", ".csv");
    new JourneyLogGenerator(42).writeCsv(file, SortedAssemblyBenchmark.EVENTS);
  }

  /** Deletes the CSV. */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** CSV ingestion + assembly + first-order transition counts. */
  @Benchmark
  public long ingestAssembleCount() throws IOException {
    EventDictionaries dict = new EventDictionaries();
    SplitRules rules =
        SplitRules.none()
            .withInactivityGap(Duration.ofMinutes(30))
            .withGoal(EventFilter.types(dict, "order"), true);
    TransitionCounts counts =
        TransitionCounts.create(dict, PathOptions.of(Dimension.TOUCHPOINT), 1);
    StreamingAssembler asm = new StreamingAssembler(rules, counts);
    IngestReport report =
        CsvEventReader.of(
                CsvFormat.of("customer", "time", "touchpoint")
                    .withChannel("channel")
                    .withType("type"),
                RejectPolicy.failFast())
            .read(file, dict, asm);
    asm.finish();
    if (report.accepted() != SortedAssemblyBenchmark.EVENTS) {
      throw new IllegalStateException("expected every event accepted, was " + report);
    }
    return counts.chain().observations();
  }
}
