package dev.cxkit.benchmarks.journey;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.markov.TransitionCounts;
import dev.cxkit.journey.paths.PathOptions;
import java.time.Duration;
import java.util.SplittableRandom;
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
 * Assembly of a 10,000,000-event log in random order (a seeded shuffle of the generated log):
 * counting sort on customers, packed-key sort on time, then assembly into first-order transition
 * counts. The score is milliseconds per run (single shot).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class UnsortedAssemblyBenchmark {
  private EventLog log;
  private SplitRules rules;

  /** Generates and shuffles the log once. */
  @Setup
  public void setUp() {
    JourneyLogGenerator gen = new JourneyLogGenerator(42);
    EventDictionaries dict = gen.dictionaries();
    EventLog.Builder b = EventLog.builder(dict);
    gen.generate(
        SortedAssemblyBenchmark.EVENTS,
        (c, t, tp) -> {
          while (dict.customers().size() <= c) {
            dict.customers().intern("c" + dict.customers().size());
          }
          b.accept(c, t, tp, gen.channelOf(tp), gen.typeOf(tp), gen.stageOf(tp));
        });
    EventLog sorted = b.build();
    int[] perm = new int[sorted.size()];
    for (int i = 0; i < perm.length; i++) {
      perm[i] = i;
    }
    SplittableRandom r = new SplittableRandom(7);
    for (int i = perm.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    log = sorted.permuted(perm);
    rules =
        SplitRules.none()
            .withInactivityGap(Duration.ofMinutes(30))
            .withGoal(EventFilter.types(dict, "order"), true);
  }

  /** Sort + assembly + first-order transition counts. */
  @Benchmark
  public long sortAssembleCount() {
    TransitionCounts counts =
        TransitionCounts.create(log.dictionaries(), PathOptions.of(Dimension.TOUCHPOINT), 1);
    JourneyAssembler.assemble(log, rules, TieBreak.ARRIVAL, counts);
    return counts.distinctTransitions();
  }
}
