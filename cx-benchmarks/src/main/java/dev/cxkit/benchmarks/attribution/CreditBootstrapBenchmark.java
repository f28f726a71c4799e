package dev.cxkit.benchmarks.attribution;

import dev.cxkit.journey.attribution.CreditBootstrap;
import dev.cxkit.journey.attribution.CreditIntervals;
import dev.cxkit.journey.attribution.MarkovAttribution;
import dev.cxkit.journey.attribution.PathTableReader;
import dev.cxkit.journey.paths.PathTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Bootstrap intervals (1,000 replicates) on exact Markov attribution of the 1,000,000-row generated
 * path table, from memory (the table is read once at setup). One call per measurement.
 *
 * <pre>{@code
 * java -jar cx-benchmarks/target/benchmarks.jar CreditBootstrapBenchmark -f 1 -wi 1 -i 3 \
 *     -jvmArgsAppend -Xmx2g
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CreditBootstrapBenchmark {
  /** Rows of the generated table. */
  @Param({"1000000"})
  public long rows;

  /** Markov chain order. */
  @Param({"1"})
  public int order;

  /** Bootstrap replicates. */
  @Param({"1000"})
  public int replicates;

  private PathTable table;

  /** Generates the seeded scale-up of the shared table and reads it. */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    Path file = Files.createTempFile("cx-bootstrap-" + rows + "-", ".csv");
    try {
      PathTableGenerator.generate(PathTableGenerator.sourceTable(), rows, 20_261_122L, file);
      table = PathTableReader.channelAttribution().read(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Markov credit with bootstrap intervals. */
  @Benchmark
  public CreditIntervals markovIntervals() {
    return CreditBootstrap.builder(MarkovAttribution.builder().order(order).build())
        .replicates(replicates)
        .seed(42)
        .build()
        .run(table);
  }
}
