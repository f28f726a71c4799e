package dev.cxkit.benchmarks.insight;

import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.journey.whatif.Change;
import dev.cxkit.journey.whatif.WhatIf;
import dev.cxkit.journey.whatif.WhatIfResult;
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
 * One what-if change (20 % less drop-off at a middle state) on a random sparse 1,000-state chain:
 * apply the change, check the rows, solve conversion probability and expected steps. The baseline
 * is solved once in setup. The score is milliseconds per evaluation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class WhatIfBenchmark {
  private WhatIf whatIf;
  private Change change;

  /** Builds the chain and solves the baseline. */
  @Setup
  public void setUp() {
    MarkovChain chain = InsightFixtures.randomChain(1000, 11);
    chain.absorption().conversionProbability();
    chain.absorption().expectedSteps();
    whatIf = WhatIf.of(chain).journeys(100_000).valuePerConversion(50);
    change = Change.reduceDropOff("s500", 0.2);
  }

  /** One change, evaluated exactly. */
  @Benchmark
  public WhatIfResult reduceDropOffOn1000States() {
    return whatIf.evaluate(change);
  }
}
