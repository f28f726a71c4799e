package dev.cxkit.journey.funnel;

import dev.cxkit.journey.assembly.Distribution;
import dev.cxkit.journey.internal.Growth;

/** Durations in milliseconds collected per funnel step (a growable primitive array each). */
final class StepTimes {
  private final long[][] values;
  private final int[] count;

  StepTimes(int steps) {
    values = new long[steps][16];
    count = new int[steps];
  }

  void add(int step, long millis) {
    values[step] = Growth.ensure(values[step], count[step] + 1);
    values[step][count[step]++] = millis;
  }

  void addAll(StepTimes other) {
    for (int s = 0; s < values.length; s++) {
      for (int i = 0; i < other.count[s]; i++) {
        add(s, other.values[s][i]);
      }
    }
  }

  /** The median, quartiles and percentiles of step {@code step}'s durations. */
  Distribution distribution(int step) {
    return Distribution.of(values[step], count[step]);
  }
}
