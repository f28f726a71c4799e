package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Right-censored customer lifetimes with covariates, one row per customer: the time until churn (or
 * until observation stopped), whether churn was observed, and the values of named covariates. Input
 * of {@link CoxRegression}. Stored column by column in primitive arrays.
 *
 * <p>A missing covariate value is passed as {@link Double#NaN} (R's {@code NA}): such a row is left
 * out of the model and counted ({@link #incompleteRows()}, per covariate in {@link
 * #missing(String)}), never read as 0. Times must be finite and {@code > 0}.
 *
 * <pre>{@code
 * SurvivalData data = SurvivalData.builder("sex", "age")
 *     .add(306, true, 1, 74)
 *     .add(455, true, 1, 68)
 *     .add(1010, false, 2, 56)
 *     .add(210, true, 1, Double.NaN)     // age missing: left out and counted
 *     .build();
 * }</pre>
 */
public final class SurvivalData {
  private final List<String> names;
  final double[] time;
  final boolean[] event;

  /** Complete rows only, row-major: {@code values[row * p + k]}. */
  final double[] values;

  private final int[] missingByColumn;
  private final int incomplete;

  private SurvivalData(Builder b) {
    this.names = b.names;
    int n = b.complete;
    this.time = Arrays.copyOf(b.time, n);
    this.event = Arrays.copyOf(b.event, n);
    this.values = Arrays.copyOf(b.values, n * names.size());
    this.missingByColumn = b.missing.clone();
    this.incomplete = b.incomplete;
  }

  /** A builder for rows with the given covariate names (distinct; none for lifetimes only). */
  public static Builder builder(String... covariates) {
    return new Builder(List.of(covariates));
  }

  /** Covariate names, in the order of the values of each row. */
  public List<String> covariates() {
    return names;
  }

  /** Rows with every covariate present: the rows a model uses. */
  public int size() {
    return time.length;
  }

  /** Churn events among the complete rows. */
  public int events() {
    int d = 0;
    for (boolean e : event) {
      d += e ? 1 : 0;
    }
    return d;
  }

  /** Rows left out because at least one covariate was missing. */
  public int incompleteRows() {
    return incomplete;
  }

  /** Rows in which {@code covariate} was missing. */
  public int missing(String covariate) {
    int k = names.indexOf(covariate);
    checkArgument(k >= 0, "covariate must be one of %s, was '%s'", names, covariate);
    return missingByColumn[k];
  }

  /** Time of complete row {@code i}. */
  public double time(int i) {
    return time[i];
  }

  /** Whether churn was observed for complete row {@code i}. */
  public boolean event(int i) {
    return event[i];
  }

  /** Value of covariate {@code k} for complete row {@code i}. */
  public double value(int i, int k) {
    return values[i * names.size() + k];
  }

  /** The lifetimes as counts (covariates dropped), e.g. for {@link NelsonAalen} or Kaplan–Meier. */
  public LifetimeCounts lifetimes() {
    LifetimeCounts.Accumulator acc = new LifetimeCounts.Accumulator();
    for (int i = 0; i < time.length; i++) {
      acc.add(time[i], event[i]);
    }
    return acc.snapshot();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "SurvivalData{rows=%d, events=%d, covariates=%s, leftOutIncomplete=%d}",
        size(),
        events(),
        names,
        incomplete);
  }

  /**
   * Collects rows; each {@code add} validates its row ("row N" counts every row added, complete or
   * not, from 1).
   *
   * <pre>{@code
   * SurvivalData.builder("plan").add(12.5, true, 1).add(30, false, 0).build();
   * }</pre>
   */
  public static final class Builder {
    private final List<String> names;
    private double[] time = new double[16];
    private boolean[] event = new boolean[16];
    private double[] values;
    private final int[] missing;
    private int complete;
    private int incomplete;
    private int rows;

    Builder(List<String> names) {
      Set<String> seen = new HashSet<>();
      for (String name : names) {
        checkNotNull(name, "covariate name");
        checkArgument(!name.isBlank(), "covariate names must not be blank, was '%s'", name);
        checkArgument(seen.add(name), "covariate names must be distinct, '%s' repeats", name);
      }
      this.names = names;
      this.values = new double[16 * names.size()];
      this.missing = new int[names.size()];
    }

    /**
     * Adds a customer: lifetime {@code time} ({@code > 0}), {@code event} true if churn was
     * observed at that time, and one value per covariate ({@code NaN} = missing).
     */
    public Builder add(double time, boolean event, double... covariates) {
      rows++;
      checkArgument(
          Double.isFinite(time) && time > 0.0,
          "row %s: time must be finite and > 0, was %s",
          rows,
          time);
      checkArgument(
          covariates.length == names.size(),
          "row %s: expected %s covariate values (%s), was %s",
          rows,
          names.size(),
          names,
          covariates.length);
      boolean any = false;
      for (int k = 0; k < covariates.length; k++) {
        double v = covariates[k];
        checkArgument(
            !Double.isInfinite(v),
            "row %s: covariate '%s' must be finite (NaN for missing), was %s",
            rows,
            names.get(k),
            v);
        if (Double.isNaN(v)) {
          missing[k]++;
          any = true;
        }
      }
      if (any) {
        incomplete++;
        return this;
      }
      int p = names.size();
      if (complete == this.time.length) {
        int cap = complete * 2;
        this.time = Arrays.copyOf(this.time, cap);
        this.event = Arrays.copyOf(this.event, cap);
        this.values = Arrays.copyOf(this.values, cap * p);
      }
      this.time[complete] = time;
      this.event[complete] = event;
      System.arraycopy(covariates, 0, values, complete * p, p);
      complete++;
      return this;
    }

    /** The data; at least one complete row is required. */
    public SurvivalData build() {
      checkArgument(
          complete > 0,
          "survival data must have at least one complete row, was 0 of %s (%s left out for a"
              + " missing covariate)",
          rows,
          incomplete);
      return new SurvivalData(this);
    }
  }
}
