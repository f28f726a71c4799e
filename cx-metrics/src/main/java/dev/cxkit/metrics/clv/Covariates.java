package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkElementIndex;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Time-invariant customer covariates (channel of acquisition, segment, age, …), one row per row of
 * the {@link CustomerSummaries} they belong to, stored row-major in a primitive array. In the
 * CLVTools formulation (Fader &amp; Hardie 2007, "Incorporating time-invariant covariates into the
 * Pareto/NBD and BG/NBD models"; Bachmann, Meierer &amp; Näf 2021) a covariate vector {@code z}
 * scales the purchase process by {@code α_i = α0 exp(−γ_trans'z)} and the drop-out process by
 * {@code β_i = β0 exp(−γ_life'z)} (Pareto/NBD) or {@code a_i = a0 exp(γ_life'z), b_i = b0
 * exp(γ_life'z)} (BG/NBD).
 *
 * <pre>{@code
 * Covariates channel = Covariates.builder("referral", "age")
 *     .add(1, 34).add(0, 51).add(0, 27)      // one row per customer, in summary order
 *     .build();
 * CovariateFit<BgNbd> fit = BgNbd.fit(cbs, channel, Covariates.none(cbs.size()));
 * }</pre>
 *
 * <p>Values must be finite; a missing value has no meaning here (drop the customer or encode it).
 */
public final class Covariates {
  private final List<String> names;
  final double[] values;
  private final int rows;

  private Covariates(List<String> names, double[] values, int rows) {
    this.names = names;
    this.values = values;
    this.rows = rows;
  }

  /** No covariates for {@code rows} customers: the process is not modelled on covariates. */
  public static Covariates none(int rows) {
    checkArgument(rows >= 0, "rows must be >= 0, was %s", rows);
    return new Covariates(List.of(), new double[0], rows);
  }

  /** A builder for the named covariates. */
  public static Builder builder(String... names) {
    return new Builder(List.of(names));
  }

  /** Covariate names. */
  public List<String> names() {
    return names;
  }

  /** Number of covariates. */
  public int count() {
    return names.size();
  }

  /** Number of rows (customers). */
  public int rows() {
    return rows;
  }

  /** Value of covariate {@code k} in row {@code i}. */
  public double value(int i, int k) {
    checkElementIndex(i, rows);
    checkElementIndex(k, count());
    return values[i * count() + k];
  }

  /** Row {@code i} (a fresh copy). */
  public double[] row(int i) {
    checkElementIndex(i, rows);
    double[] r = new double[count()];
    System.arraycopy(values, i * count(), r, 0, count());
    return r;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Covariates{names=%s, rows=%d}", names, rows);
  }

  /**
   * Collects rows of covariate values.
   *
   * <pre>{@code
   * Covariates.builder("referral").add(1).add(0).build();
   * }</pre>
   */
  public static final class Builder {
    private final List<String> names;
    private double[] values = new double[64];
    private int rows;

    Builder(List<String> names) {
      checkArgument(!names.isEmpty(), "at least one covariate name is required, was none");
      Set<String> seen = new HashSet<>();
      for (String n : names) {
        checkNotNull(n, "covariate name");
        checkArgument(!n.isBlank(), "covariate names must not be blank, was '%s'", n);
        checkArgument(seen.add(n), "covariate names must be distinct, '%s' repeats", n);
      }
      this.names = names;
    }

    /** Adds one customer's values, in the order of the names. */
    public Builder add(double... row) {
      checkArgument(
          row.length == names.size(),
          "row %s: expected %s values (%s), was %s",
          rows + 1,
          names.size(),
          names,
          row.length);
      for (int k = 0; k < row.length; k++) {
        checkArgument(
            Double.isFinite(row[k]),
            "row %s: covariate '%s' must be finite, was %s",
            rows + 1,
            names.get(k),
            row[k]);
      }
      int p = names.size();
      if ((rows + 1) * p > values.length) {
        values = java.util.Arrays.copyOf(values, Math.max(values.length * 2, (rows + 1) * p));
      }
      System.arraycopy(row, 0, values, rows * p, p);
      rows++;
      return this;
    }

    /** The covariates; at least one row. */
    public Covariates build() {
      checkArgument(rows > 0, "covariates must have at least one row, was %s", rows);
      return new Covariates(names, java.util.Arrays.copyOf(values, rows * names.size()), rows);
    }
  }
}
