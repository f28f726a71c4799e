package dev.cxkit.benchmarks.survey;

import dev.cxkit.metrics.survey.IntervalSpec;
import dev.cxkit.metrics.survey.NetScoreCounts;
import dev.cxkit.metrics.survey.NetScores;
import dev.cxkit.metrics.survey.Score;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Seeded bootstrap of NPS on 10,000 responses with 1,000 replicates (multinomial draws from the
 * category counts). The target is under 0.5 s per interval.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NetScoreBootstrapBenchmark {

  final NetScoreCounts counts = NetScoreCounts.nps(4_000, 3_500, 2_500);

  /** Percentile interval, 1,000 replicates. */
  @Benchmark
  public Score percentile1000() {
    return NetScores.of(counts, IntervalSpec.bootstrapPercentile(0.95, 1_000, 42L));
  }

  /** BCa interval, 1,000 replicates (adds the exact jackknife and two normal quantiles). */
  @Benchmark
  public Score bca1000() {
    return NetScores.of(counts, IntervalSpec.bootstrapBca(0.95, 1_000, 42L));
  }
}
