package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A cohort retention table (cohort × age) with classic or rolling retention, and the pooled
 * retention curve.
 *
 * <p>Cells past the observation horizon (age &gt; lastObservedPeriod − cohort) are
 * <em>missing</em>: {@link #retention} returns an empty {@code OptionalDouble} and {@link
 * #isObserved} is false. They are never reported as zero. Cells of a cohort with no customers are
 * empty too (there is no rate to report), while {@link #isObserved} stays true.
 *
 * <p>The pooled curve at age k pools counts over the cohorts observed at age k only: Σ retained / Σ
 * cohort size over those cohorts (a customer-weighted average, not an average of percentages).
 *
 * <pre>{@code
 * CohortRetentionTable table = CohortRetentionTable.of(counts, RetentionKind.CLASSIC);
 * table.retention(0, 3);       // OptionalDouble[0.42]
 * table.retention(5, 3);       // OptionalDouble.empty: cohort 5 is not yet 3 periods old
 * table.pooledRetention(3);    // uses cohorts 0..(last - 3) only
 * }</pre>
 */
public final class CohortRetentionTable {

  private final CohortCounts counts;
  private final RetentionKind kind;

  private CohortRetentionTable(CohortCounts counts, RetentionKind kind) {
    this.counts = counts;
    this.kind = kind;
  }

  /** A table over {@code counts} with the given retention definition. */
  public static CohortRetentionTable of(CohortCounts counts, RetentionKind kind) {
    checkNotNull(counts, "counts");
    checkNotNull(kind, "kind");
    return new CohortRetentionTable(counts, kind);
  }

  /** The retention definition of the cells. */
  public RetentionKind kind() {
    return kind;
  }

  /** The counts behind the table. */
  public CohortCounts counts() {
    return counts;
  }

  /** Number of cohorts (periods 0 to lastObservedPeriod). */
  public int cohorts() {
    return counts.lastObservedPeriod() + 1;
  }

  /** Whether cohort {@code cohortPeriod} has been observed at {@code age}. */
  public boolean isObserved(int cohortPeriod, int age) {
    checkCell(cohortPeriod, age);
    return age <= counts.maxObservedAge(cohortPeriod);
  }

  /**
   * Share of the cohort retained at {@code age}, in [0, 1]; empty when the cell lies past the
   * observation horizon or the cohort has no customers.
   */
  public OptionalDouble retention(int cohortPeriod, int age) {
    if (!isObserved(cohortPeriod, age)) {
      return OptionalDouble.empty();
    }
    long size = counts.cohortSize(cohortPeriod);
    if (size == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((double) counts.retained(cohortPeriod, age, kind) / size);
  }

  /**
   * The pooled retention at {@code age}: Σ retained / Σ size over non-empty cohorts observed at
   * that age; empty when there are none.
   */
  public OptionalDouble pooledRetention(int age) {
    checkArgument(age >= 0, "age must be >= 0, was %s", age);
    long num = 0;
    long den = 0;
    for (int c = 0; c + age <= counts.lastObservedPeriod(); c++) {
      num += counts.retained(c, age, kind);
      den += counts.cohortSize(c);
    }
    return den == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) num / den);
  }

  /**
   * The pooled curve for ages 0, 1, … up to the oldest age with at least one non-empty observed
   * cohort (empty array when there are no customers).
   */
  public double[] pooledCurve() {
    int maxAge = -1;
    for (int c = 0; c <= counts.lastObservedPeriod(); c++) {
      if (counts.cohortSize(c) > 0) {
        maxAge = counts.maxObservedAge(c);
        break;
      }
    }
    double[] curve = new double[maxAge + 1];
    for (int k = 0; k <= maxAge; k++) {
      curve[k] = pooledRetention(k).orElseThrow();
    }
    return curve;
  }

  private void checkCell(int cohortPeriod, int age) {
    checkArgument(
        cohortPeriod >= 0 && cohortPeriod <= counts.lastObservedPeriod(),
        "cohortPeriod must be in [0, %s], was %s",
        counts.lastObservedPeriod(),
        cohortPeriod);
    checkArgument(age >= 0, "age must be >= 0, was %s", age);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "CohortRetentionTable[%s, cohorts=%d]", kind, cohorts());
  }
}
