package dev.cxkit.benchmarks.journey;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.assembly.StreamingAssembler;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.funnel.Checkpoint;
import dev.cxkit.journey.funnel.Funnel;
import dev.cxkit.journey.funnel.FunnelExclusion;
import dev.cxkit.journey.funnel.FunnelOrdering;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
 * A four-step funnel with an exclusion step over 10,000,000 events already assembled into journeys
 * in memory ({@code JourneyLogGenerator(42)}, 30-minute gap, journeys end at the order): loose
 * order with a 1-hour conversion window and a 20-minute window on the second step, and any order
 * with the same window. Average time per full pass; target under 5 s. {@link #main} prints wall and
 * thread CPU time of three passes of each (for a loaded machine).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class FunnelBenchmark {
  static final int EVENTS = 10_000_000;

  private Journeys journeys;
  private Funnel loose;
  private Funnel anyOrder;

  /** Generates and assembles the journeys once; builds the two funnels. */
  @Setup
  public void setUp() {
    JourneyLogGenerator gen = new JourneyLogGenerator(42);
    EventDictionaries d = gen.dictionaries();
    Journeys.Collector sink = Journeys.collector(d);
    StreamingAssembler asm =
        new StreamingAssembler(
            SplitRules.none()
                .withInactivityGap(Duration.ofMinutes(30))
                .withGoal(EventFilter.types(d, "order"), true),
            sink);
    gen.generate(
        EVENTS,
        (c, t, tp) -> asm.accept(c, t, tp, gen.channelOf(tp), gen.typeOf(tp), gen.stageOf(tp)));
    asm.finish();
    journeys = sink.build();
    List<Checkpoint> steps =
        List.of(
            step(d, "tp01"),
            step(d, "tp06"),
            step(d, "tp12"),
            step(d, "tp" + JourneyLogGenerator.PURCHASE));
    FunnelExclusion calls = new FunnelExclusion("tp03", EventFilter.touchpoints(d, "tp03"), 1, 3);
    loose =
        Funnel.of(steps, FunnelOrdering.LOOSE, Duration.ofHours(1))
            .withStepWindow(1, Duration.ofMinutes(20))
            .withExclusion(calls);
    anyOrder = Funnel.of(steps, FunnelOrdering.ANY_ORDER, Duration.ofHours(1)).withExclusion(calls);
  }

  private static Checkpoint step(EventDictionaries d, String tp) {
    return new Checkpoint(tp, EventFilter.touchpoints(d, tp));
  }

  /** Loose order, conversion and step windows, one exclusion. */
  @Benchmark
  public long looseWithExclusion() {
    return loose.analyze(journeys).steps().get(3).reached();
  }

  /** Any order, conversion window, one exclusion. */
  @Benchmark
  public long anyOrderWithExclusion() {
    return anyOrder.analyze(journeys).steps().get(3).reached();
  }

  /** Three timed passes of each funnel: wall and thread CPU seconds. */
  public static void main(String[] args) {
    FunnelBenchmark b = new FunnelBenchmark();
    b.setUp();
    System.out.printf(
        Locale.ROOT, "%d journeys, %d events%n", b.journeys.count(), b.journeys.eventCount());
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int run = 0; run < 3; run++) {
      for (int which = 0; which < 2; which++) {
        long wall = System.nanoTime();
        long cpu = mx.getCurrentThreadCpuTime();
        long r = which == 0 ? b.looseWithExclusion() : b.anyOrderWithExclusion();
        System.out.printf(
            Locale.ROOT,
            "%s: wall %.2f s, cpu %.2f s (last step %d)%n",
            which == 0 ? "loose" : "any-order",
            (System.nanoTime() - wall) / 1e9,
            (mx.getCurrentThreadCpuTime() - cpu) / 1e9,
            r);
      }
    }
  }
}
