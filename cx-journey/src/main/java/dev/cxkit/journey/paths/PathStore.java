package dev.cxkit.journey.paths;

import dev.cxkit.journey.internal.CompensatedSums;
import dev.cxkit.journey.internal.Growth;
import dev.cxkit.journey.internal.IntSequenceInterner;
import dev.cxkit.model.internal.ExactMath;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Mutable, append-only store behind {@link PathTable}: offsets + step ids + per-path counts.
 * Identical step sequences of untimed paths aggregate into one path, found through the module's one
 * {@link IntSequenceInterner} (path index = interned id). Timed paths (one timestamp per touch) are
 * never aggregated: two journeys through the same steps at different times differ.
 *
 * <p>Conversion values are summed per path with Neumaier compensation ({@link CompensatedSums}), so
 * that ten million small decimal values add up to the correctly rounded total.
 */
final class PathStore {
  private final boolean timed;
  private final @Nullable IntSequenceInterner distinct; // untimed only
  private int[] offsets = new int[17];
  private int[] touches = new int[64];
  private long[] touchTimes; // timed only (empty otherwise)
  private long[] endTimes; // timed only: the journey's end (its conversion, or its last event)
  private long[] conversions = new long[16];
  private double[] values = new double[16];
  private double[] valueCompensation = new double[16];
  private long[] nulls = new long[16];
  private int paths;

  PathStore(boolean timed) {
    this.timed = timed;
    this.distinct = timed ? null : new IntSequenceInterner();
    this.touchTimes = new long[timed ? 64 : 0];
    this.endTimes = new long[timed ? 16 : 0];
  }

  boolean timed() {
    return timed;
  }

  int pathCount() {
    return paths;
  }

  /** Adds (or aggregates into) the untimed path {@code ids[0, len)}; returns its path index. */
  int add(int[] ids, int len, long conv, double value, long nul) {
    if (timed || distinct == null) {
      throw new IllegalStateException("this store holds timed paths: add touch times");
    }
    int p = distinct.intern(ids, 0, len);
    if (p == paths) {
      append(ids, null, len);
    }
    accumulate(p, conv, value, nul);
    return p;
  }

  /**
   * Appends a timed path (never aggregated) that ended at {@code end} (epoch millis, not before its
   * last touch); returns its path index.
   */
  int addTimed(int[] ids, long[] times, long end, int len, long conv, double value, long nul) {
    if (!timed) {
      throw new IllegalStateException("this store holds untimed paths");
    }
    int p = append(ids, times, len);
    endTimes = Growth.ensure(endTimes, p + 1);
    endTimes[p] = end;
    accumulate(p, conv, value, nul);
    return p;
  }

  private void accumulate(int p, long conv, double value, long nul) {
    // exact, and all or nothing: both sums are checked before either is stored (issue 14)
    long c = ExactMath.add("conversions", conversions[p], conv);
    long n = ExactMath.add("nulls", nulls[p], nul);
    ExactMath.add("journeys", c, n);
    conversions[p] = c;
    nulls[p] = n;
    CompensatedSums.add(values, valueCompensation, p, value);
  }

  private int append(int[] ids, long @Nullable [] times, int len) {
    int p = paths++;
    offsets = Growth.ensure(offsets, p + 2);
    if (p == conversions.length) {
      int n = Growth.capacity(p, p + 1);
      conversions = Arrays.copyOf(conversions, n);
      values = Arrays.copyOf(values, n);
      valueCompensation = Arrays.copyOf(valueCompensation, n);
      nulls = Arrays.copyOf(nulls, n);
    }
    int start = offsets[p];
    touches = Growth.ensure(touches, start + len);
    System.arraycopy(ids, 0, touches, start, len);
    if (times != null) {
      touchTimes = Growth.ensure(touchTimes, start + len);
      System.arraycopy(times, 0, touchTimes, start, len);
    }
    offsets[p + 1] = start + len;
    return p;
  }

  PathTable toTable(String[] stepNames, boolean hasNulls) {
    int n = paths;
    double[] v = new double[n];
    for (int p = 0; p < n; p++) {
      v[p] = values[p] + valueCompensation[p];
    }
    int touchCount = offsets[n];
    return new PathTable(
        stepNames,
        Arrays.copyOf(offsets, n + 1),
        Arrays.copyOf(touches, touchCount),
        timed ? Arrays.copyOf(touchTimes, touchCount) : null,
        timed ? Arrays.copyOf(endTimes, n) : null,
        Arrays.copyOf(conversions, n),
        v,
        Arrays.copyOf(nulls, n),
        hasNulls);
  }
}
