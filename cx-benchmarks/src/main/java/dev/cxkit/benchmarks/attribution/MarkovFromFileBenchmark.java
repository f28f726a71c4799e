package dev.cxkit.benchmarks.attribution;

import dev.cxkit.journey.attribution.MarkovAttribution;
import dev.cxkit.journey.attribution.MarkovResult;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * End to end from the file: read the path table (1,000,000 or 10,000,000 generated rows) and
 * compute exact Markov removal effects and attribution. One call per measurement (single shot).
 *
 * <pre>{@code
 * java -Xmx2g -jar cx-benchmarks/target/benchmarks.jar MarkovFromFileBenchmark -f 1 -wi 1 -i 3 \
 *     -jvmArgsAppend -Xmx2g
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MarkovFromFileBenchmark {
  /** Rows of the generated table. */
  @Param({"1000000", "10000000"})
  public long rows;

  /** Markov chain order. */
  @Param({"1", "3"})
  public int order;

  private Path file;

  /** Writes the seeded scale-up of the shared table to a temp file. */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    file = Files.createTempFile("cx-attribution-" + rows + "-", ".csv");
    PathTableGenerator.generate(PathTableGenerator.sourceTable(), rows, 20_261_122L, file);
  }

  /** Deletes the temp file. */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Reads the file and computes exact removal effects and attribution. */
  @Benchmark
  public MarkovResult readAndSolve() throws IOException {
    PathTable table = PathTableReader.channelAttribution().read(file);
    return MarkovAttribution.builder().order(order).build().analyze(table);
  }
}
