package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkElementIndex;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Locale;

/**
 * Customer summaries of a discrete-time non-contractual business (one transaction opportunity per
 * period, e.g. a yearly donation): per row the number of repeat transactions {@code x}, the period
 * of the last one {@code t_x} (0 if none), the number of opportunities {@code n} since the first
 * transaction, and a weight (how many identical customers the row stands for). Input of {@link
 * BgBb}.
 *
 * <pre>{@code
 * DiscreteSummaries s = DiscreteSummaries.builder()
 *     .add("6 of 6", 6, 6, 6, 1203)
 *     .add("none", 0, 0, 6, 3464)
 *     .build();
 * }</pre>
 *
 * <p>Rows are validated when added: {@code n >= 1}, {@code 0 <= x <= t_x <= n}, {@code t_x = 0}
 * exactly when {@code x = 0}, finite positive weights; the message names the customer, the field,
 * the value and the rule.
 */
public final class DiscreteSummaries {
  final String[] ids;
  final int[] x;
  final int[] tx;
  final int[] n;
  final double[] weight;

  private DiscreteSummaries(String[] ids, int[] x, int[] tx, int[] n, double[] weight) {
    this.ids = ids;
    this.x = x;
    this.tx = tx;
    this.n = n;
    this.weight = weight;
  }

  /** A builder of rows. */
  public static Builder builder() {
    return new Builder();
  }

  /** Number of rows. */
  public int size() {
    return x.length;
  }

  /** The id of row {@code i}. */
  public String customerId(int i) {
    checkElementIndex(i, size());
    return ids[i];
  }

  /** Repeat transactions {@code x} of row {@code i}. */
  public int frequency(int i) {
    checkElementIndex(i, size());
    return x[i];
  }

  /** Period of the last transaction {@code t_x} of row {@code i} (0 if none). */
  public int recency(int i) {
    checkElementIndex(i, size());
    return tx[i];
  }

  /** Transaction opportunities {@code n} of row {@code i}. */
  public int periods(int i) {
    checkElementIndex(i, size());
    return n[i];
  }

  /** Weight of row {@code i}. */
  public double weight(int i) {
    checkElementIndex(i, size());
    return weight[i];
  }

  /** Sum of the weights: the number of customers. */
  public double totalWeight() {
    double s = 0.0;
    for (double w : weight) {
      s += w;
    }
    return s;
  }

  /** Weighted sum of the repeat transactions. */
  public double totalFrequency() {
    double s = 0.0;
    for (int i = 0; i < x.length; i++) {
      s += weight[i] * x[i];
    }
    return s;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "DiscreteSummaries{rows=%d, customers=%.0f, repeatTransactions=%.0f}",
        size(),
        totalWeight(),
        totalFrequency());
  }

  /** Checks one row; the message names the customer, field, value and rule. */
  static void validate(String id, int x, int tx, int n, double w) {
    checkNotNull(id, "customer id");
    checkArgument(n >= 1, "customer %s: n (periods) must be >= 1, was %s", id, n);
    checkArgument(x >= 0, "customer %s: x (frequency) must be >= 0, was %s", id, x);
    checkArgument(
        tx >= 0 && tx <= n,
        "customer %s: t_x (recency) must be in [0, n=%s] (the number of periods), was %s",
        id,
        n,
        tx);
    checkArgument(
        x <= tx,
        "customer %s: x (frequency) must not exceed t_x (recency): x transactions need x distinct"
            + " periods up to t_x, was x=%s > t_x=%s",
        id,
        x,
        tx);
    checkArgument(
        x > 0 || tx == 0, "customer %s: t_x (recency) must be 0 when x = 0, was %s", id, tx);
    checkArgument(
        Double.isFinite(w) && w > 0.0, "customer %s: weight must be finite and > 0, was %s", id, w);
  }

  /**
   * Collects rows; each {@code add} validates its row.
   *
   * <pre>{@code
   * DiscreteSummaries.builder().add("c1", 3, 5, 6).add("c2", 0, 0, 6).build();
   * }</pre>
   */
  public static final class Builder {
    private String[] ids = new String[16];
    private int[] x = new int[16];
    private int[] tx = new int[16];
    private int[] n = new int[16];
    private double[] weight = new double[16];
    private int size;

    Builder() {}

    /** Adds a customer (weight 1). */
    public Builder add(String id, int x, int tx, int n) {
      return add(id, x, tx, n, 1.0);
    }

    /** Adds a row standing for {@code weight} identical customers. */
    public Builder add(String id, int x, int tx, int n, double weight) {
      validate(id, x, tx, n, weight);
      if (size == this.x.length) {
        int cap = size * 2;
        ids = Arrays.copyOf(ids, cap);
        this.x = Arrays.copyOf(this.x, cap);
        this.tx = Arrays.copyOf(this.tx, cap);
        this.n = Arrays.copyOf(this.n, cap);
        this.weight = Arrays.copyOf(this.weight, cap);
      }
      ids[size] = id;
      this.x[size] = x;
      this.tx[size] = tx;
      this.n[size] = n;
      this.weight[size] = weight;
      size++;
      return this;
    }

    /** Rows added so far. */
    public int size() {
      return size;
    }

    /** The summaries; at least one row is required. */
    public DiscreteSummaries build() {
      checkArgument(size > 0, "summaries must have at least one row, was %s", size);
      return new DiscreteSummaries(
          Arrays.copyOf(ids, size),
          Arrays.copyOf(x, size),
          Arrays.copyOf(tx, size),
          Arrays.copyOf(n, size),
          Arrays.copyOf(weight, size));
    }
  }
}
