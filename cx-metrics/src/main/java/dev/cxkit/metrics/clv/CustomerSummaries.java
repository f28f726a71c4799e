package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkElementIndex;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;
import static dev.cxkit.model.internal.Preconditions.checkState;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Customer-by-sufficient-statistic table of a non-contractual business, stored column by column:
 * per row the repeat frequency {@code x}, the recency {@code t_x} (time of the last repeat purchase
 * since the first purchase, 0 if {@code x = 0}), the age {@code T} (time from the first purchase to
 * the end of calibration), the mean repeat spend {@code m_x} (0 if {@code x = 0}), a weight (how
 * many identical customers the row stands for) and, optionally, the holdout repeat count {@code x*}
 * and spend.
 *
 * <pre>{@code
 * CustomerSummaries cbs = CustomerSummaries.builder()
 *     .add("c1", 2, 30.43, 38.86, 22.35)
 *     .add("c2", 0, 0.0, 38.86, 0.0)
 *     .build();
 * BtydFit<BgNbd> fit = BgNbd.fit(cbs);
 * }</pre>
 *
 * <p>Rows are validated when added: {@code x >= 0}, {@code 0 <= t_x <= T}, {@code T > 0}, {@code
 * t_x > 0} when {@code x > 0}, {@code t_x = 0} when {@code x = 0}, {@code m_x >= 0}, finite
 * positive weights; the message names the customer, the field, the value and the rule. Partitions
 * of a base merge with {@link #plus}; {@link #toBytes()} is a versioned wire form.
 */
public final class CustomerSummaries {

  final String @Nullable [] ids;
  final int[] x;
  final double[] tx;
  final double[] age;
  final double[] spend;
  final double[] weight;
  final int[] holdoutX;
  final double[] holdoutSpend;
  final double holdoutLength;
  final boolean hasSpend;
  final boolean hasHoldout;

  private CustomerSummaries(Builder b, boolean hasSpend) {
    int n = b.size;
    this.ids = Arrays.copyOf(b.ids, n);
    this.x = Arrays.copyOf(b.x, n);
    this.tx = Arrays.copyOf(b.tx, n);
    this.age = Arrays.copyOf(b.age, n);
    this.spend = Arrays.copyOf(b.spend, n);
    this.weight = Arrays.copyOf(b.weight, n);
    this.hasHoldout = b.holdoutLength > 0.0;
    this.holdoutX = hasHoldout ? Arrays.copyOf(b.holdoutX, n) : new int[0];
    this.holdoutSpend = hasHoldout ? Arrays.copyOf(b.holdoutSpend, n) : new double[0];
    this.holdoutLength = b.holdoutLength;
    this.hasSpend = hasSpend;
  }

  /** A builder of summaries row by row. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Summaries from whole columns (no spend, no holdout), e.g. from a simulation or a data frame;
   * every row is validated as by the builder and named {@code "row <i>"} in errors.
   *
   * @param x repeat frequencies
   * @param tx recencies
   * @param age ages {@code T}
   * @param weight row weights (identical customers per row)
   */
  public static CustomerSummaries ofColumns(int[] x, double[] tx, double[] age, double[] weight) {
    int n = x.length;
    checkArgument(
        tx.length == n && age.length == n && weight.length == n,
        "columns must have equal lengths, were x=%s, t_x=%s, T=%s, weight=%s",
        n,
        tx.length,
        age.length,
        weight.length);
    checkArgument(n > 0, "summaries must have at least one row, was %s", n);
    for (int i = 0; i < n; i++) {
      if (!(x[i] >= 0
          && age[i] > 0.0
          && age[i] < Double.POSITIVE_INFINITY
          && tx[i] >= 0.0
          && tx[i] <= age[i]
          && (x[i] == 0 ? tx[i] == 0.0 : tx[i] > 0.0)
          && weight[i] > 0.0
          && weight[i] < Double.POSITIVE_INFINITY)) {
        validate("row " + i, x[i], tx[i], age[i], 0.0, weight[i], 0, 0.0);
      }
    }
    return new CustomerSummaries(x.clone(), tx.clone(), age.clone(), weight.clone());
  }

  private CustomerSummaries(int[] x, double[] tx, double[] age, double[] weight) {
    this.ids = null;
    this.x = x;
    this.tx = tx;
    this.age = age;
    this.spend = new double[x.length];
    this.weight = weight;
    this.holdoutX = new int[0];
    this.holdoutSpend = new double[0];
    this.holdoutLength = 0.0;
    this.hasHoldout = false;
    this.hasSpend = false;
  }

  /** Number of rows (customers, or groups of identical customers when weighted). */
  public int size() {
    return x.length;
  }

  /** Sum of the row weights: the number of customers represented. */
  public double totalWeight() {
    double s = 0.0;
    for (double w : weight) {
      s += w;
    }
    return s;
  }

  /** The customer id of row {@code i} (for aggregated rows, a synthetic group label). */
  public String customerId(int i) {
    checkElementIndex(i, size());
    return ids == null ? "row " + i : ids[i];
  }

  /** Repeat frequency {@code x} of row {@code i}. */
  public int frequency(int i) {
    checkElementIndex(i, size());
    return x[i];
  }

  /** Recency {@code t_x} of row {@code i}. */
  public double recency(int i) {
    checkElementIndex(i, size());
    return tx[i];
  }

  /** Age {@code T} (length of the calibration observation) of row {@code i}. */
  public double age(int i) {
    checkElementIndex(i, size());
    return age[i];
  }

  /** Mean repeat-transaction value {@code m_x} of row {@code i} (0 when {@code x = 0}). */
  public double meanRepeatSpend(int i) {
    checkElementIndex(i, size());
    checkState(hasSpend, "meanRepeatSpend: these summaries carry no spend (aggregated rows)");
    return spend[i];
  }

  /** Weight of row {@code i}: the number of identical customers it stands for. */
  public double weight(int i) {
    checkElementIndex(i, size());
    return weight[i];
  }

  /** Whether every row carries its mean repeat spend (false after {@link #aggregated()}). */
  public boolean hasSpend() {
    return hasSpend;
  }

  /** Whether holdout counts and spend were recorded. */
  public boolean hasHoldout() {
    return hasHoldout;
  }

  /** Length of the holdout period in the summaries' time unit (0 if there is none). */
  public double holdoutLength() {
    return holdoutLength;
  }

  /** Holdout repeat transactions {@code x*} of row {@code i}. */
  public int holdoutFrequency(int i) {
    checkElementIndex(i, size());
    checkState(hasHoldout, "holdoutFrequency: these summaries carry no holdout period");
    return holdoutX[i];
  }

  /** Holdout spend of row {@code i}. */
  public double holdoutSpend(int i) {
    checkElementIndex(i, size());
    checkState(hasHoldout, "holdoutSpend: these summaries carry no holdout period");
    return holdoutSpend[i];
  }

  /** Weighted sum of the holdout repeat transactions. */
  public double totalHoldoutFrequency() {
    checkState(hasHoldout, "totalHoldoutFrequency: these summaries carry no holdout period");
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      s += weight[i] * holdoutX[i];
    }
    return s;
  }

  /** Weighted sum of the calibration repeat transactions. */
  public double totalFrequency() {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      s += weight[i] * x[i];
    }
    return s;
  }

  /**
   * Merges rows with identical {@code (x, t_x, T)} into one weighted row each, in order of first
   * appearance. The transaction-count models give the same likelihood on the result; spend and
   * holdout columns are dropped (the spend model needs the individual rows). Row ids become {@code
   * "row <k>"}.
   */
  public CustomerSummaries aggregated() {
    RowGroups g = RowGroups.of(x, tx, age);
    int groups = g.size();
    double[] sum = new double[groups];
    for (int i = 0; i < x.length; i++) {
      sum[g.groupOfRow[i]] += weight[i];
    }
    int[] gx = new int[groups];
    double[] gtx = new double[groups];
    double[] gage = new double[groups];
    for (int k = 0; k < groups; k++) {
      int r = g.representative[k];
      gx[k] = x[r];
      gtx[k] = tx[r];
      gage[k] = age[r];
    }
    return new CustomerSummaries(gx, gtx, gage, sum);
  }

  /** Every {@code step}-th row (count columns and weights only), e.g. to find start values. */
  CustomerSummaries stride(int step) {
    int n = (x.length + step - 1) / step;
    int[] sx = new int[n];
    double[] stx = new double[n];
    double[] sage = new double[n];
    double[] sw = new double[n];
    for (int k = 0, i = 0; k < n; k++, i += step) {
      sx[k] = x[i];
      stx[k] = tx[i];
      sage[k] = age[i];
      sw[k] = weight[i];
    }
    return new CustomerSummaries(sx, stx, sage, sw);
  }

  /** This table's rows, then {@code other}'s (same holdout length); spend kept if both have it. */
  public CustomerSummaries plus(CustomerSummaries other) {
    return CustomerSummariesWire.concat(this, other);
  }

  /** The versioned wire form: every column exactly, row by row (see {@link #fromBytes}). */
  public byte[] toBytes() {
    return CustomerSummariesWire.write(this);
  }

  /**
   * Reads {@link #toBytes()}'s form, validating every row as the builder does.
   *
   * @throws IllegalArgumentException naming the offset, the customer and the rule if the bytes are
   *     truncated, corrupt, of another type or of an unknown wire version
   */
  public static CustomerSummaries fromBytes(byte[] bytes) {
    return CustomerSummariesWire.read(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomerSummaries s && CustomerSummariesWire.same(this, s);
  }

  @Override
  public int hashCode() {
    return CustomerSummariesWire.hash(this);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "CustomerSummaries{rows=%d, customers=%.0f, repeatTransactions=%.0f%s}",
        size(),
        totalWeight(),
        totalFrequency(),
        hasHoldout
            ? String.format(
                Locale.ROOT,
                ", holdoutLength=%.4f, holdoutTransactions=%.0f",
                holdoutLength,
                totalHoldoutFrequency())
            : "");
  }

  static void validate(
      String id,
      int x,
      double tx,
      double age,
      double m,
      double w,
      int holdoutFrequency,
      double holdoutSpend) {
    checkNotNull(id, "customer id");
    checkArgument(x >= 0, "customer %s: x (frequency) must be >= 0, was %s", id, x);
    checkArgument(
        Double.isFinite(age) && age > 0.0,
        "customer %s: T (age) must be finite and > 0, was %s",
        id,
        age);
    checkArgument(
        Double.isFinite(tx) && tx >= 0.0,
        "customer %s: t_x (recency) must be finite and >= 0, was %s",
        id,
        tx);
    checkArgument(
        tx <= age, "customer %s: t_x (recency) must not exceed T, was %s > %s", id, tx, age);
    checkArgument(
        x == 0 || tx > 0.0,
        "customer %s: t_x (recency) must be > 0 when x > 0, was %s with x=%s",
        id,
        tx,
        x);
    checkArgument(
        x > 0 || tx == 0.0, "customer %s: t_x (recency) must be 0 when x = 0, was %s", id, tx);
    checkArgument(
        Double.isFinite(m) && m >= 0.0,
        "customer %s: m_x (mean repeat spend) must be finite and >= 0, was %s",
        id,
        m);
    checkArgument(
        x > 0 || m == 0.0,
        "customer %s: m_x (mean repeat spend) must be 0 when x = 0, was %s",
        id,
        m);
    checkArgument(
        Double.isFinite(w) && w > 0.0, "customer %s: weight must be finite and > 0, was %s", id, w);
    checkArgument(
        holdoutFrequency >= 0,
        "customer %s: x* (holdout frequency) must be >= 0, was %s",
        id,
        holdoutFrequency);
    checkArgument(
        Double.isFinite(holdoutSpend) && holdoutSpend >= 0.0,
        "customer %s: holdout spend must be finite and >= 0, was %s",
        id,
        holdoutSpend);
  }

  private static void checkState(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }

  /**
   * Collects summary rows. Each {@code add} validates its row and names the customer in any error.
   *
   * <pre>{@code
   * CustomerSummaries.builder().holdoutLength(39).add("c1", 2, 30.4, 38.9, 22.3, 1, 26.5).build();
   * }</pre>
   */
  public static final class Builder {
    private String[] ids = new String[16];
    private int[] x = new int[16];
    private double[] tx = new double[16];
    private double[] age = new double[16];
    private double[] spend = new double[16];
    private double[] weight = new double[16];
    private int[] holdoutX = new int[16];
    private double[] holdoutSpend = new double[16];
    private double holdoutLength;
    private int size;

    Builder() {}

    /** Sets the holdout length (in the summaries' time unit) shared by all rows; 0 = none. */
    public Builder holdoutLength(double length) {
      checkArgument(
          Double.isFinite(length) && length >= 0.0,
          "holdoutLength must be finite and >= 0, was %s",
          length);
      checkArgument(
          size == 0 || length == holdoutLength,
          "holdoutLength must be set before the first row, was %s",
          length);
      this.holdoutLength = length;
      return this;
    }

    /** Adds a calibration-only row of weight 1. */
    public Builder add(String id, int x, double tx, double age, double meanRepeatSpend) {
      checkArgument(holdoutLength == 0.0, "customer %s: holdout counts are required", id);
      return addRow(id, x, tx, age, meanRepeatSpend, 1.0, 0, 0.0);
    }

    /** Adds a row of weight 1 with holdout repeat count and spend. */
    public Builder add(
        String id,
        int x,
        double tx,
        double age,
        double meanRepeatSpend,
        int holdoutFrequency,
        double holdoutSpend) {
      checkArgument(
          holdoutLength > 0.0, "customer %s: set holdoutLength before adding holdout counts", id);
      return addRow(id, x, tx, age, meanRepeatSpend, 1.0, holdoutFrequency, holdoutSpend);
    }

    /** Adds a calibration-only row standing for {@code weight} identical customers. */
    public Builder addWeighted(
        String id, int x, double tx, double age, double meanRepeatSpend, double weight) {
      checkArgument(holdoutLength == 0.0, "customer %s: holdout counts are required", id);
      return addRow(id, x, tx, age, meanRepeatSpend, weight, 0, 0.0);
    }

    private Builder addRow(
        String id,
        int x,
        double tx,
        double age,
        double m,
        double w,
        int holdoutFrequency,
        double holdoutSpend) {
      validate(id, x, tx, age, m, w, holdoutFrequency, holdoutSpend);
      append(id, x, tx, age, m, w, holdoutFrequency, holdoutSpend);
      return this;
    }

    void append(
        String id,
        int xi,
        double txi,
        double agei,
        double m,
        double w,
        int holdoutFrequency,
        double holdoutSpendi) {
      if (size == x.length) {
        int cap = size * 2;
        ids = Arrays.copyOf(ids, cap);
        x = Arrays.copyOf(x, cap);
        tx = Arrays.copyOf(tx, cap);
        age = Arrays.copyOf(age, cap);
        spend = Arrays.copyOf(spend, cap);
        weight = Arrays.copyOf(weight, cap);
        holdoutX = Arrays.copyOf(holdoutX, cap);
        holdoutSpend = Arrays.copyOf(holdoutSpend, cap);
      }
      ids[size] = id;
      x[size] = xi;
      tx[size] = txi;
      age[size] = agei;
      spend[size] = m;
      weight[size] = w;
      holdoutX[size] = holdoutFrequency;
      holdoutSpend[size] = holdoutSpendi;
      size++;
    }

    /** The summaries; at least one row is required. */
    public CustomerSummaries build() {
      checkArgument(size > 0, "summaries must have at least one row, was %s", size);
      return new CustomerSummaries(this, true);
    }
  }
}
