package dev.cxkit.benchmarks.insight;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.conformance.ConformanceChecker;
import dev.cxkit.journey.conformance.ConformanceReport;
import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.journey.whatif.Change;
import dev.cxkit.journey.whatif.JourneySimulator;
import dev.cxkit.journey.whatif.WhatIf;
import dev.cxkit.model.map.JourneyMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Companion to the insight JMH benchmarks for a shared, overloaded machine: runs the same two
 * scenarios a few times and prints wall-clock and thread CPU time, so that time lost to other
 * processes is visible. Usage: {@code java -cp benchmarks.jar
 * dev.cxkit.benchmarks.insight.InsightCpuTimer [repeats]}.
 */
public final class InsightCpuTimer {
  private InsightCpuTimer() {}

  /** Runs the scenarios. */
  public static void main(String[] args) {
    int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    JourneyMap map = InsightFixtures.branchingMap(30);
    Journeys js =
        JourneySimulator.of(map)
            .seed(3)
            .baseDropOff(0.07)
            .skip("s4", 0.3)
            .repeat("s10", 0.3)
            .replace("s12", "chat-bot", 0.2)
            .simulate(ConformanceBenchmark.JOURNEYS);
    System.out.printf(
        Locale.ROOT,
        "%d journeys, %d events, average length %.2f%n",
        js.count(),
        js.eventCount(),
        (double) js.eventCount() / js.count());
    ConformanceChecker checker = ConformanceChecker.of(StepMatcher.byTouchpoint(map));
    for (int r = 0; r < repeats; r++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      ConformanceReport report = checker.check(js);
      print("conformance of 1,000,000 journeys", w0, c0, mx, report.meanFitness());
    }
    MarkovChain chain = InsightFixtures.randomChain(1000, 11);
    WhatIf whatIf = WhatIf.of(chain);
    chain.absorption().conversionProbability();
    chain.absorption().expectedSteps();
    for (int r = 0; r < repeats * 20; r++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      double p = whatIf.evaluate(Change.reduceDropOff("s500", 0.2)).conversionAfter();
      if (r % 20 == 19) {
        print("what-if, 1,000-state chain", w0, c0, mx, p);
      }
    }
  }

  private static void print(String what, long w0, long c0, ThreadMXBean mx, double check) {
    double wall = (System.nanoTime() - w0) / 1e6;
    double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
    System.out.printf(
        Locale.ROOT, "%-36s wall %9.1f ms  cpu %9.1f ms  (%.4f)%n", what, wall, cpu, check);
  }
}
