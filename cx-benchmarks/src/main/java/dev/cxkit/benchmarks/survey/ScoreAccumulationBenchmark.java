package dev.cxkit.benchmarks.survey;

import dev.cxkit.metrics.survey.NetScoreAccumulator;
import dev.cxkit.metrics.survey.NetScoreCounts;
import dev.cxkit.metrics.survey.NetScoreDefinition;
import dev.cxkit.metrics.survey.ScoreAccumulator;
import dev.cxkit.metrics.survey.ScoreDistribution;
import dev.cxkit.model.survey.Scale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Accumulating survey answers from an {@code int[]}: throughput is reported per answer (ops/s =
 * responses per second, single thread). The target is at least 200 million responses per second per
 * core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoreAccumulationBenchmark {

  static final int RESPONSES = 1 << 22; // 4,194,304 answers

  int[] npsAnswers;
  int[] csatAnswers;

  /** Random answers, skewed like real NPS data (many 9s and 10s). */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2024);
    npsAnswers = new int[RESPONSES];
    csatAnswers = new int[RESPONSES];
    for (int i = 0; i < RESPONSES; i++) {
      npsAnswers[i] = random.nextInt(3) == 0 ? random.nextInt(11) : 7 + random.nextInt(4);
      csatAnswers[i] = 1 + random.nextInt(5);
    }
  }

  /** NPS counts from 4M answers (histogram loop, classification once per snapshot). */
  @Benchmark
  @OperationsPerInvocation(RESPONSES)
  public NetScoreCounts npsAddAll() {
    return new NetScoreAccumulator(NetScoreDefinition.nps()).addAll(npsAnswers).snapshot();
  }

  /** CSAT distribution from 4M answers. */
  @Benchmark
  @OperationsPerInvocation(RESPONSES)
  public ScoreDistribution csatAddAll() {
    return new ScoreAccumulator(Scale.csat5()).addAll(csatAnswers).snapshot();
  }
}
