package dev.cxkit.benchmarks.journey;

import dev.cxkit.journey.assembly.JourneySink;
import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.assembly.StreamingAssembler;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.markov.TransitionCounts;
import dev.cxkit.journey.paths.PathOptions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Streaming assembly of 10,000,000 events sorted by customer and time (30-minute inactivity gap,
 * journeys end at the "order" goal), single-threaded. The input is held packed (customer int[],
 * time and touchpoint in one long[]: 120 MB) so the whole run fits in a 256 MiB heap; the score is
 * events per second. Run with {@code -jvmArgs -Xmx256m}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class SortedAssemblyBenchmark {
  static final int EVENTS = 10_000_000;

  private int[] customer;
  private long[] timeAndTouchpoint;
  private JourneyLogGenerator gen;
  private SplitRules rules;

  /** Generates the sorted input once. */
  @Setup
  public void setUp() {
    gen = new JourneyLogGenerator(42);
    customer = new int[EVENTS];
    timeAndTouchpoint = new long[EVENTS];
    int[] n = {0};
    gen.generate(
        EVENTS,
        (c, t, tp) -> {
          customer[n[0]] = c;
          timeAndTouchpoint[n[0]++] = (t << 8) | tp;
        });
    rules =
        SplitRules.none()
            .withInactivityGap(Duration.ofMinutes(30))
            .withGoal(EventFilter.types(gen.dictionaries(), "order"), true);
  }

  private long feed(JourneySink sink) {
    StreamingAssembler asm = new StreamingAssembler(rules, sink);
    for (int i = 0; i < EVENTS; i++) {
      long p = timeAndTouchpoint[i];
      int tp = (int) (p & 0xFF);
      asm.accept(customer[i], p >>> 8, tp, gen.channelOf(tp), gen.typeOf(tp), gen.stageOf(tp));
    }
    asm.finish();
    return asm.journeys();
  }

  /** Assembly into a sink that counts journeys, touches and conversions. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public long assemble() {
    Totals totals = new Totals();
    feed(totals);
    return totals.events + totals.converted;
  }

  /** Assembly feeding first-order touchpoint transition counts. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public long assembleAndCountTransitions() {
    TransitionCounts counts =
        TransitionCounts.create(gen.dictionaries(), PathOptions.of(Dimension.TOUCHPOINT), 1);
    feed(counts);
    return counts.distinctTransitions();
  }

  static final class Totals implements JourneySink {
    long events;
    long converted;

    @Override
    public void journey(JourneyView j) {
      events += j.length();
      if (j.converted()) {
        converted++;
      }
    }
  }
}
