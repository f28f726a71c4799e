package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.internal.ExactMath;
import dev.cxkit.model.internal.WireReader;
import dev.cxkit.model.internal.WireWriter;
import java.util.Arrays;
import java.util.Locale;

/**
 * Customer activity counts by acquisition cohort and age, the mergeable input of a {@link
 * CohortRetentionTable}.
 *
 * <p>Periods are integer indexes chosen by the caller (for example months since January 2020). A
 * customer belongs to the cohort of the period she was acquired in, and her age in period p is p −
 * cohort. Observation ends with period {@code lastObservedPeriod}, so cohort c is observed at ages
 * 0 to {@code lastObservedPeriod − c} only: later cells are unknown, not zero.
 *
 * <p>Mergeable: {@link #plus} adds counts of disjoint customer sets with the same observation end
 * (associative and commutative), {@link #empty(int)} is the identity. {@link #toBytes()} is a
 * compact, versioned wire form for partial counts that cross process boundaries.
 *
 * <pre>{@code
 * CohortCounts.Accumulator acc = new CohortCounts.Accumulator(5);  // periods 0..5 observed
 * acc.addCustomer(0, 0, 1, 3);   // acquired in period 0, active in periods 0, 1 and 3
 * acc.addCustomer(2, 2);         // acquired in period 2, never seen again
 * CohortCounts counts = acc.snapshot();
 * }</pre>
 */
public final class CohortCounts {

  private final int lastObservedPeriod;
  private final long[] sizes;
  private final long[][] active;
  private final long[][] lastActive;

  /** The most periods a table holds: (n + 1)(n + 2) counts, 537 MB of them at this limit. */
  static final int MAX_LAST_OBSERVED_PERIOD = 8191;

  private CohortCounts(int lastObservedPeriod, long[] sizes, long[][] active, long[][] lastActive) {
    ExactMath.sum("customers", sizes); // every pooled count is then exact
    this.lastObservedPeriod = lastObservedPeriod;
    this.sizes = sizes;
    this.active = active;
    this.lastActive = lastActive;
  }

  /**
   * No customers, observed up to {@code lastObservedPeriod}: the identity of {@link #plus}.
   *
   * @param lastObservedPeriod the last fully observed period, {@code >= 0}
   */
  public static CohortCounts empty(int lastObservedPeriod) {
    checkArgument(
        lastObservedPeriod >= 0 && lastObservedPeriod <= MAX_LAST_OBSERVED_PERIOD,
        "lastObservedPeriod must be in [0, %s] (the table holds (n + 1)(n + 2) counts), was %s",
        MAX_LAST_OBSERVED_PERIOD,
        lastObservedPeriod);
    int m = lastObservedPeriod + 1;
    long[][] a = new long[m][];
    long[][] l = new long[m][];
    for (int c = 0; c < m; c++) {
      a[c] = new long[m - c];
      l[c] = new long[m - c];
    }
    return new CohortCounts(lastObservedPeriod, new long[m], a, l);
  }

  /**
   * Counts of both customer sets together.
   *
   * @throws IllegalArgumentException when the observation ends differ
   */
  public CohortCounts plus(CohortCounts other) {
    checkNotNull(other, "other");
    checkArgument(
        other.lastObservedPeriod == lastObservedPeriod,
        "lastObservedPeriod must match to merge cohort counts, was %s and %s",
        lastObservedPeriod,
        other.lastObservedPeriod);
    int m = sizes.length;
    long[] s = new long[m];
    long[][] a = new long[m][];
    long[][] l = new long[m][];
    for (int c = 0; c < m; c++) {
      s[c] = ExactMath.add("cohort size", sizes[c], other.sizes[c]);
      a[c] = new long[m - c];
      l[c] = new long[m - c];
      for (int k = 0; k < m - c; k++) {
        a[c][k] = ExactMath.add("active customers", active[c][k], other.active[c][k]);
        l[c][k] = ExactMath.add("last active customers", lastActive[c][k], other.lastActive[c][k]);
      }
    }
    return new CohortCounts(lastObservedPeriod, s, a, l);
  }

  /** The last fully observed period. */
  public int lastObservedPeriod() {
    return lastObservedPeriod;
  }

  /** Customers acquired in {@code cohortPeriod}. */
  public long cohortSize(int cohortPeriod) {
    checkCohort(cohortPeriod);
    return sizes[cohortPeriod];
  }

  /**
   * The oldest age at which {@code cohortPeriod} is observed: {@code lastObservedPeriod − cohort}.
   */
  public int maxObservedAge(int cohortPeriod) {
    checkCohort(cohortPeriod);
    return lastObservedPeriod - cohortPeriod;
  }

  /**
   * Customers of the cohort counted as retained at {@code age} under {@code kind}.
   *
   * @throws IllegalArgumentException when the cell lies past the observation horizon
   */
  public long retained(int cohortPeriod, int age, RetentionKind kind) {
    checkCohort(cohortPeriod);
    checkArgument(
        age >= 0 && age <= lastObservedPeriod - cohortPeriod,
        "age must be in [0, %s] for cohort %s (observed up to period %s), was %s",
        lastObservedPeriod - cohortPeriod,
        cohortPeriod,
        lastObservedPeriod,
        age);
    if (kind == RetentionKind.CLASSIC) {
      return active[cohortPeriod][age];
    }
    long sum = 0;
    long[] l = lastActive[cohortPeriod];
    for (int k = age; k < l.length; k++) {
      sum += l[k];
    }
    return sum;
  }

  /**
   * The wire form: version byte, type byte, the last observed period, then per cohort its size and
   * its active and last-active counts per observed age, all varints.
   */
  public byte[] toBytes() {
    WireWriter out = new WireWriter(WireReader.COHORT_COUNTS);
    out.writeCount(lastObservedPeriod);
    for (int c = 0; c < sizes.length; c++) {
      out.writeCount(sizes[c]);
      for (int k = 0; k < active[c].length; k++) {
        out.writeCount(active[c][k]);
        out.writeCount(lastActive[c][k]);
      }
    }
    return out.toBytes();
  }

  /**
   * Reads {@link #toBytes()}'s form, checking what every count of customers satisfies: a cohort's
   * customers are all active at age 0, never more than its size at any age, and each is last active
   * at exactly one age.
   *
   * @throws IllegalArgumentException naming the offset and the rule if the bytes are truncated,
   *     corrupt, of another type or of an unknown wire version
   */
  public static CohortCounts fromBytes(byte[] bytes) {
    return WireReader.decode(
        bytes,
        WireReader.COHORT_COUNTS,
        in -> {
          int last = in.readInt("lastObservedPeriod");
          long m = (long) last + 1;
          // the triangle holds m(m+1)/2 cells of two counts (one byte or more each) plus m sizes
          in.checkRoom("cohort cells", m * (m + 1) + m, 1);
          CohortCounts counts = empty(last);
          for (int c = 0; c < m; c++) {
            long size = in.readCount("cohort " + c + " size");
            counts.sizes[c] = size;
            long lastActiveSum = 0;
            for (int k = 0; k < counts.active[c].length; k++) {
              long a = in.readCount("cohort " + c + " active at age " + k);
              long l = in.readCount("cohort " + c + " last active at age " + k);
              if (a > size || (k == 0 && a != size) || l > size - lastActiveSum) {
                throw in.invalid(
                    "cohort " + c + " age " + k,
                    String.format(
                        Locale.ROOT,
                        "counts must fit the cohort's %d customers (all active at age 0, each last"
                            + " active once), was active %d, last active %d",
                        size,
                        a,
                        l));
              }
              counts.active[c][k] = a;
              counts.lastActive[c][k] = l;
              lastActiveSum += l;
            }
            if (lastActiveSum != size) {
              throw in.invalid(
                  "cohort " + c,
                  "last-active counts must sum to its size " + size + ", was " + lastActiveSum);
            }
          }
          return counts;
        });
  }

  private void checkCohort(int cohortPeriod) {
    checkArgument(
        cohortPeriod >= 0 && cohortPeriod <= lastObservedPeriod,
        "cohortPeriod must be in [0, %s], was %s",
        lastObservedPeriod,
        cohortPeriod);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CohortCounts)) {
      return false;
    }
    CohortCounts c = (CohortCounts) o;
    return lastObservedPeriod == c.lastObservedPeriod
        && Arrays.equals(sizes, c.sizes)
        && Arrays.deepEquals(active, c.active)
        && Arrays.deepEquals(lastActive, c.lastActive);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(sizes) + Arrays.deepHashCode(active))
        + Arrays.deepHashCode(lastActive)
        + lastObservedPeriod;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "CohortCounts[lastObservedPeriod=%d, customers=%d]",
        lastObservedPeriod,
        Arrays.stream(sizes).sum());
  }

  /**
   * A mutable, single-threaded collector of per-customer activity.
   *
   * <pre>{@code
   * CohortCounts.Accumulator acc = new CohortCounts.Accumulator(11);
   * acc.addCustomer(3, 3, 4, 7);   // acquired in period 3, active again in 4 and 7
   * }</pre>
   */
  public static final class Accumulator {
    private final int lastObservedPeriod;
    private final long[] sizes;
    private final long[][] active;
    private final long[][] lastActive;
    private final boolean[] seen;

    /**
     * An empty accumulator.
     *
     * @param lastObservedPeriod the last fully observed period, {@code >= 0}
     */
    public Accumulator(int lastObservedPeriod) {
      CohortCounts e = empty(lastObservedPeriod);
      this.lastObservedPeriod = lastObservedPeriod;
      this.sizes = e.sizes;
      this.active = e.active;
      this.lastActive = e.lastActive;
      this.seen = new boolean[lastObservedPeriod + 1];
    }

    /**
     * Adds one customer. The acquisition period counts as active at age 0 whether or not it is
     * repeated in {@code activePeriods}; repeated periods count once.
     *
     * @param cohortPeriod the acquisition period, in [0, lastObservedPeriod]
     * @param activePeriods periods in which the customer was active, each in [cohortPeriod,
     *     lastObservedPeriod], any order
     */
    public Accumulator addCustomer(int cohortPeriod, int... activePeriods) {
      checkArgument(
          cohortPeriod >= 0 && cohortPeriod <= lastObservedPeriod,
          "cohortPeriod must be in [0, %s], was %s",
          lastObservedPeriod,
          cohortPeriod);
      for (int i = 0; i < activePeriods.length; i++) {
        int p = activePeriods[i];
        checkArgument(
            p >= cohortPeriod && p <= lastObservedPeriod,
            "activePeriods[%s] must be in [cohortPeriod=%s, lastObservedPeriod=%s], was %s",
            i,
            cohortPeriod,
            lastObservedPeriod,
            p);
      }
      long[] row = active[cohortPeriod];
      row[0]++;
      seen[0] = true;
      int last = 0;
      for (int p : activePeriods) {
        int age = p - cohortPeriod;
        if (!seen[age]) {
          seen[age] = true;
          row[age]++;
        }
        last = Math.max(last, age);
      }
      seen[0] = false;
      for (int p : activePeriods) {
        seen[p - cohortPeriod] = false;
      }
      lastActive[cohortPeriod][last]++;
      sizes[cohortPeriod]++;
      return this;
    }

    /**
     * Adds already-counted customers with the same observation end (for example another thread's
     * snapshot): the mutating merge; all or nothing.
     *
     * @throws IllegalArgumentException when the observation ends differ or a count would pass
     *     Long.MAX_VALUE (naming the count and both operands; the accumulator is then unchanged)
     */
    public Accumulator addAll(CohortCounts counts) {
      checkNotNull(counts, "counts");
      checkArgument(
          counts.lastObservedPeriod == lastObservedPeriod,
          "lastObservedPeriod must match to merge cohort counts, was %s and %s",
          lastObservedPeriod,
          counts.lastObservedPeriod);
      CohortCounts sum = snapshot().plus(counts); // exact; throws before anything changes
      System.arraycopy(sum.sizes, 0, sizes, 0, sizes.length);
      for (int c = 0; c < sizes.length; c++) {
        System.arraycopy(sum.active[c], 0, active[c], 0, active[c].length);
        System.arraycopy(sum.lastActive[c], 0, lastActive[c], 0, lastActive[c].length);
      }
      return this;
    }

    /** Number of customers added so far. */
    public long n() {
      return ExactMath.sum("customers", sizes);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "CohortCounts.Accumulator[lastObservedPeriod=%d, customers=%d]",
          lastObservedPeriod,
          n());
    }

    /** The counts of everything added so far. */
    public CohortCounts snapshot() {
      long[][] a = new long[active.length][];
      long[][] l = new long[active.length][];
      for (int c = 0; c < a.length; c++) {
        a[c] = active[c].clone();
        l[c] = lastActive[c].clone();
      }
      return new CohortCounts(lastObservedPeriod, sizes.clone(), a, l);
    }
  }
}
