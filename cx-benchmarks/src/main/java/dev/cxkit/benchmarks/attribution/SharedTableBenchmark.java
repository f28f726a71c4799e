package dev.cxkit.benchmarks.attribution;

import dev.cxkit.journey.attribution.MarkovAttribution;
import dev.cxkit.journey.attribution.MarkovResult;
import dev.cxkit.journey.attribution.PathTableReader;
import dev.cxkit.journey.markov.StateConstruction;
import dev.cxkit.journey.paths.PathTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The shared 10,000-row ChannelAttribution table, warm: read from the file and solve exactly,
 * orders 1 to 4 ({@code fromFile}); and the solve alone on the parsed table ({@code solveOnly}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SharedTableBenchmark {
  /** Markov chain order. */
  @Param({"1", "2", "3", "4"})
  public int order;

  /**
   * State construction: {@code windows} (the default since issue 13) or {@code prefixes} (the
   * states of the builds before it, for like-for-like comparisons with them).
   */
  @Param({"windows", "prefixes"})
  public String states;

  private Path file;
  private PathTable table;
  private MarkovAttribution model;

  /** Reads the shared table once for {@link #solveOnly()}. */
  @Setup
  public void setUp() throws IOException {
    file = PathTableGenerator.sourceTable();
    table = PathTableReader.channelAttribution().read(file);
    model =
        MarkovAttribution.builder()
            .order(order)
            .states(StateConstruction.valueOf(states.toUpperCase(Locale.ROOT)))
            .build();
  }

  /** Read from the file and solve exactly. */
  @Benchmark
  public MarkovResult fromFile() throws IOException {
    return model.analyze(PathTableReader.channelAttribution().read(file));
  }

  /** Solve exactly on the parsed table. */
  @Benchmark
  public MarkovResult solveOnly() {
    return model.analyze(table);
  }

  /** Read the file only. */
  @Benchmark
  public PathTable readOnly() throws IOException {
    return PathTableReader.channelAttribution().read(file);
  }
}
