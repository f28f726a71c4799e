package dev.cxkit.benchmarks.journey;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.assembly.StreamingAssembler;
import dev.cxkit.journey.events.CsvEventReader;
import dev.cxkit.journey.events.CsvFormat;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.markov.TransitionCounts;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.model.csv.RejectPolicy;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Companion to the JMH benchmarks for a shared, overloaded machine: runs the three journey-engine
 * scenarios a few times and prints both wall-clock and thread CPU time, so that time lost to other
 * processes is visible. Usage: {@code java -cp benchmarks.jar
 * dev.cxkit.benchmarks.journey.JourneyCpuTimer [events] [repeats] [scenario:
 * sorted|csv|unsorted|all]}.
 */
public final class JourneyCpuTimer {
  private JourneyCpuTimer() {}

  /** Runs the scenarios. */
  public static void main(String[] args) throws IOException {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String which = args.length > 2 ? args[2] : "all";
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    JourneyLogGenerator gen = new JourneyLogGenerator(42);
    if (which.equals("all") || which.equals("sorted")) {
      int[] customer = new int[events];
      long[] tt = new long[events];
      int[] n = {0};
      gen.generate(
          events,
          (c, t, tp) -> {
            customer[n[0]] = c;
            tt[n[0]++] = (t << 8) | tp;
          });
      SplitRules rules =
          SplitRules.none()
              .withInactivityGap(Duration.ofMinutes(30))
              .withGoal(EventFilter.types(gen.dictionaries(), "order"), true);
      for (int r = 0; r < repeats; r++) {
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        TransitionCounts counts =
            TransitionCounts.create(gen.dictionaries(), PathOptions.of(Dimension.TOUCHPOINT), 1);
        StreamingAssembler asm = new StreamingAssembler(rules, counts);
        for (int i = 0; i < events; i++) {
          long p = tt[i];
          int tp = (int) (p & 0xFF);
          asm.accept(customer[i], p >>> 8, tp, gen.channelOf(tp), gen.typeOf(tp), gen.stageOf(tp));
        }
        asm.finish();
        report("sorted assembly + transition counts", events, w0, c0, mx);
      }
    }
    if (which.equals("all") || which.equals("csv")) {
      Path file = Files.createTempFile("cxkit-events-", ".csv");
      try {
        gen.writeCsv(file, events);
        for (int r = 0; r < repeats; r++) {
          long c0 = mx.getCurrentThreadCpuTime();
          long w0 = System.nanoTime();
          EventDictionaries dict = new EventDictionaries();
          SplitRules rules =
              SplitRules.none()
                  .withInactivityGap(Duration.ofMinutes(30))
                  .withGoal(EventFilter.types(dict, "order"), true);
          TransitionCounts counts =
              TransitionCounts.create(dict, PathOptions.of(Dimension.TOUCHPOINT), 1);
          StreamingAssembler asm = new StreamingAssembler(rules, counts);
          CsvEventReader.of(
                  CsvFormat.of("customer", "time", "touchpoint")
                      .withChannel("channel")
                      .withType("type"),
                  RejectPolicy.failFast())
              .read(file, dict, asm);
          asm.finish();
          counts.chain();
          report("CSV ingestion + assembly + transition counts", events, w0, c0, mx);
        }
      } finally {
        Files.deleteIfExists(file);
      }
    }
    if (which.equals("all") || which.equals("unsorted")) {
      EventDictionaries dict = gen.dictionaries();
      EventLog.Builder b = EventLog.builder(dict);
      gen.generate(
          events,
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
      SplittableRandom rnd = new SplittableRandom(7);
      for (int i = perm.length - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      EventLog log = sorted.permuted(perm);
      SplitRules rules =
          SplitRules.none()
              .withInactivityGap(Duration.ofMinutes(30))
              .withGoal(EventFilter.types(dict, "order"), true);
      for (int r = 0; r < repeats; r++) {
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        TransitionCounts counts =
            TransitionCounts.create(dict, PathOptions.of(Dimension.TOUCHPOINT), 1);
        JourneyAssembler.assemble(log, rules, TieBreak.ARRIVAL, counts);
        report("unsorted sort + assembly + transition counts", events, w0, c0, mx);
      }
    }
  }

  private static void report(String what, int events, long w0, long c0, ThreadMXBean mx) {
    double wall = (System.nanoTime() - w0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-48s wall %7.3f s  cpu %7.3f s  %6.1f M events/s (cpu)",
            what,
            wall,
            cpu,
            events / cpu / 1e6));
  }
}
