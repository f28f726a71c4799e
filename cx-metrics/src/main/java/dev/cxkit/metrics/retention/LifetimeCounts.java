package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.internal.ExactMath;
import dev.cxkit.model.internal.WireReader;
import dev.cxkit.model.internal.WireWriter;
import java.util.Arrays;
import java.util.Locale;

/**
 * Right-censored customer lifetimes reduced to counts per distinct time: how many customers churned
 * ({@code events}) and how many were still active when observation stopped ({@code censored}) at
 * each time. This is all that Kaplan–Meier, restricted mean survival and the log-rank test need.
 *
 * <p>Mergeable: {@link #plus} adds the counts time by time, {@link #empty()} is the identity, so
 * partitions of a customer base can be counted separately and combined in any order. Build large
 * inputs with an {@link Accumulator}, which stores primitive arrays only. {@link #toBytes()} is a
 * compact, versioned wire form for partial counts that cross process boundaries.
 *
 * <pre>{@code
 * LifetimeCounts a = LifetimeCounts.of(new double[] {10, 20, 20}, new int[] {1, 0, 1});
 * LifetimeCounts b = LifetimeCounts.of(new double[] {30, 40}, new int[] {1, 0});
 * LifetimeCounts all = a.plus(b);   // 5 customers, 3 churn events
 * }</pre>
 */
public final class LifetimeCounts {

  private static final LifetimeCounts EMPTY =
      new LifetimeCounts(new double[0], new long[0], new long[0]);

  private final double[] times;
  private final long[] events;
  private final long[] censored;
  private final long customers;
  private final long totalEvents;

  private LifetimeCounts(double[] times, long[] events, long[] censored) {
    this.times = times;
    this.events = events;
    this.censored = censored;
    long n = 0;
    long d = 0;
    for (int i = 0; i < times.length; i++) {
      d = ExactMath.add("churn events", d, events[i]);
      n = ExactMath.add("customers", n, ExactMath.add("customers", events[i], censored[i]));
    }
    this.customers = n;
    this.totalEvents = d;
  }

  /** No customers: the identity of {@link #plus}. */
  public static LifetimeCounts empty() {
    return EMPTY;
  }

  /**
   * Counts from one lifetime per customer.
   *
   * @param times observed lifetime of each customer (until churn or until observation stopped),
   *     finite and {@code >= 0}
   * @param events 1 when the customer churned at that time, 0 when still active (censored)
   * @throws IllegalArgumentException naming the index, value and rule of the first bad entry
   */
  public static LifetimeCounts of(double[] times, int[] events) {
    checkNotNull(times, "times");
    checkNotNull(events, "events");
    checkArgument(
        times.length == events.length,
        "times and events must have the same length, were %s and %s",
        times.length,
        events.length);
    Accumulator acc = new Accumulator();
    for (int i = 0; i < times.length; i++) {
      checkArgument(
          Double.isFinite(times[i]) && times[i] >= 0.0,
          "times[%s] must be finite and >= 0, was %s",
          Integer.valueOf(i),
          Double.valueOf(times[i]));
      checkArgument(
          times[i] <= Checks.MAX_LIFETIME,
          "times[%s] must be at most 1e100 (squares and sums of lifetimes must stay finite),"
              + " was %s",
          Integer.valueOf(i),
          Double.valueOf(times[i]));
      checkArgument(
          events[i] == 0 || events[i] == 1, "events[%s] must be 0 or 1, was %s", i, events[i]);
      acc.add(times[i], events[i] == 1);
    }
    return acc.snapshot();
  }

  /**
   * Counts given directly per distinct time.
   *
   * @param times strictly increasing, finite, {@code >= 0}
   * @param events churn events at each time, {@code >= 0}
   * @param censored censored customers at each time, {@code >= 0}
   */
  public static LifetimeCounts ofCounts(double[] times, long[] events, long[] censored) {
    checkArgument(
        times.length == events.length && times.length == censored.length,
        "times, events and censored must have the same length, were %s, %s and %s",
        times.length,
        events.length,
        censored.length);
    for (int i = 0; i < times.length; i++) {
      checkArgument(
          Double.isFinite(times[i]) && times[i] >= 0.0,
          "times[%s] must be finite and >= 0, was %s",
          Integer.valueOf(i),
          Double.valueOf(times[i]));
      checkArgument(
          times[i] <= Checks.MAX_LIFETIME,
          "times[%s] must be at most 1e100 (squares and sums of lifetimes must stay finite),"
              + " was %s",
          Integer.valueOf(i),
          Double.valueOf(times[i]));
      checkArgument(
          i == 0 || times[i] > times[i - 1],
          "times must be strictly increasing, was times[%s]=%s after %s",
          i,
          times[i],
          i == 0 ? 0 : times[i - 1]);
      checkArgument(events[i] >= 0, "events[%s] must be >= 0, was %s", i, events[i]);
      checkArgument(censored[i] >= 0, "censored[%s] must be >= 0, was %s", i, censored[i]);
    }
    double[] t = times.clone();
    for (int i = 0; i < t.length; i++) {
      t[i] += 0.0; // folds -0.0 into 0.0
    }
    return new LifetimeCounts(t, events.clone(), censored.clone());
  }

  /** The sum of this and {@code other}, time by time. Associative and commutative. */
  public LifetimeCounts plus(LifetimeCounts other) {
    int n = times.length + other.times.length;
    double[] t = new double[n];
    long[] d = new long[n];
    long[] c = new long[n];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < times.length || j < other.times.length) {
      double ti = i < times.length ? times[i] : Double.POSITIVE_INFINITY;
      double tj = j < other.times.length ? other.times[j] : Double.POSITIVE_INFINITY;
      if (ti < tj) {
        t[k] = ti;
        d[k] = events[i];
        c[k] = censored[i];
        i++;
      } else if (tj < ti) {
        t[k] = tj;
        d[k] = other.events[j];
        c[k] = other.censored[j];
        j++;
      } else {
        t[k] = ti;
        d[k] = ExactMath.add("churn events", events[i], other.events[j]);
        c[k] = ExactMath.add("censored customers", censored[i], other.censored[j]);
        i++;
        j++;
      }
      k++;
    }
    return new LifetimeCounts(Arrays.copyOf(t, k), Arrays.copyOf(d, k), Arrays.copyOf(c, k));
  }

  /** Number of customers (events plus censored). */
  public long customers() {
    return customers;
  }

  /** Number of churn events. */
  public long totalEvents() {
    return totalEvents;
  }

  /** Number of distinct times. */
  public int distinctTimes() {
    return times.length;
  }

  /** The distinct times, increasing (a copy). */
  public double[] times() {
    return times.clone();
  }

  /** Churn events at each distinct time (a copy). */
  public long[] events() {
    return events.clone();
  }

  /** Censored customers at each distinct time (a copy). */
  public long[] censored() {
    return censored.clone();
  }

  /**
   * The wire form: version byte, type byte, the number of distinct times, then per time its exact
   * double value and the event and censored counts as varints.
   */
  public byte[] toBytes() {
    WireWriter out = new WireWriter(WireReader.LIFETIME_COUNTS);
    out.writeCount(times.length);
    for (int i = 0; i < times.length; i++) {
      out.writeDouble(times[i]);
      out.writeCount(events[i]);
      out.writeCount(censored[i]);
    }
    return out.toBytes();
  }

  /**
   * Reads {@link #toBytes()}'s form.
   *
   * @throws IllegalArgumentException naming the offset and the rule if the bytes are truncated,
   *     corrupt (times not strictly increasing, counts overflowing), of another type or of an
   *     unknown wire version
   */
  public static LifetimeCounts fromBytes(byte[] bytes) {
    return WireReader.decode(
        bytes,
        WireReader.LIFETIME_COUNTS,
        in -> {
          int n = in.readLength("distinct times", 10);
          double[] t = new double[n];
          long[] d = new long[n];
          long[] c = new long[n];
          long total = 0;
          for (int i = 0; i < n; i++) {
            t[i] = in.readFiniteDouble("times[" + i + "]");
            d[i] = in.readCount("events[" + i + "]");
            c[i] = in.readCount("censored[" + i + "]");
            if (d[i] > Long.MAX_VALUE - c[i] || total > Long.MAX_VALUE - d[i] - c[i]) {
              throw in.invalid("customers", "overflow a long at times[" + i + "]");
            }
            total += d[i] + c[i];
          }
          return ofCounts(t, d, c);
        });
  }

  double timeAt(int i) {
    return times[i];
  }

  long eventsAt(int i) {
    return events[i];
  }

  long censoredAt(int i) {
    return censored[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LifetimeCounts
        && Arrays.equals(times, ((LifetimeCounts) o).times)
        && Arrays.equals(events, ((LifetimeCounts) o).events)
        && Arrays.equals(censored, ((LifetimeCounts) o).censored);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(times) + Arrays.hashCode(events)) + Arrays.hashCode(censored);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "LifetimeCounts[customers=%d, events=%d, distinctTimes=%d]",
        customers,
        totalEvents,
        times.length);
  }

  /**
   * A mutable, single-threaded collector of lifetimes for hot loops: one primitive append per
   * customer, sorting once at {@link #snapshot()}.
   *
   * <pre>{@code
   * LifetimeCounts.Accumulator acc = new LifetimeCounts.Accumulator();
   * acc.add(12.0, true);    // churned after 12 days
   * acc.add(30.0, false);   // still active after 30 days
   * LifetimeCounts counts = acc.snapshot();
   * }</pre>
   */
  public static final class Accumulator {
    private double[] eventTimes = new double[16];
    private int eventCount;
    private double[] censorTimes = new double[16];
    private int censorCount;
    private LifetimeCounts merged = EMPTY;

    /** An empty accumulator. */
    public Accumulator() {}

    /**
     * Adds already-counted customers (for example another thread's snapshot): the mutating merge;
     * all or nothing.
     *
     * @throws IllegalArgumentException when a count would pass Long.MAX_VALUE (naming the count and
     *     both operands; the accumulator is then unchanged)
     */
    public Accumulator addAll(LifetimeCounts counts) {
      merged = merged.plus(checkNotNull(counts, "counts"));
      return this;
    }

    /** Number of customers added so far. */
    public long n() {
      return ExactMath.add("customers", (long) eventCount + censorCount, merged.customers());
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "LifetimeCounts.Accumulator[customers=%d, events=%d]",
          n(),
          ExactMath.add("churn events", eventCount, merged.totalEvents()));
    }

    /**
     * Adds one customer.
     *
     * @param time observed lifetime, finite and {@code >= 0}
     * @param churned true when the customer churned at {@code time}, false when censored
     */
    public Accumulator add(double time, boolean churned) {
      Checks.checkLifetime("time", time);
      if (churned) {
        if (eventCount == eventTimes.length) {
          eventTimes = Arrays.copyOf(eventTimes, eventCount * 2);
        }
        eventTimes[eventCount++] = time + 0.0; // folds -0.0 into 0.0
      } else {
        if (censorCount == censorTimes.length) {
          censorTimes = Arrays.copyOf(censorTimes, censorCount * 2);
        }
        censorTimes[censorCount++] = time + 0.0;
      }
      return this;
    }

    /** The counts of everything added so far. */
    public LifetimeCounts snapshot() {
      double[] e = Arrays.copyOf(eventTimes, eventCount);
      double[] c = Arrays.copyOf(censorTimes, censorCount);
      Arrays.sort(e);
      Arrays.sort(c);
      int n = e.length + c.length;
      double[] t = new double[n];
      long[] d = new long[n];
      long[] cc = new long[n];
      int i = 0;
      int j = 0;
      int k = -1;
      while (i < e.length || j < c.length) {
        boolean takeEvent = j >= c.length || (i < e.length && e[i] <= c[j]);
        double time = takeEvent ? e[i] : c[j];
        if (k < 0 || t[k] != time) {
          k++;
          t[k] = time;
        }
        if (takeEvent) {
          d[k]++;
          i++;
        } else {
          cc[k]++;
          j++;
        }
      }
      int size = k + 1;
      LifetimeCounts own =
          new LifetimeCounts(
              Arrays.copyOf(t, size), Arrays.copyOf(d, size), Arrays.copyOf(cc, size));
      return merged.customers() == 0 ? own : own.plus(merged);
    }
  }
}
