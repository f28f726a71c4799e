package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.internal.WireReader;
import dev.cxkit.model.internal.WireWriter;
import java.util.Arrays;
import java.util.Objects;

/**
 * The wire form, equality and concatenation of {@link CustomerSummaries}, kept apart so the table
 * itself stays about its columns. Layout after the version and type bytes: flags (ids, spend,
 * holdout), the holdout length, the row count, then per row its id (when present), {@code x},
 * {@code t_x}, {@code T}, {@code m_x} (when spend is carried), the weight and the holdout count and
 * spend (when there is a holdout). Decoding validates every row as the builder does.
 */
final class CustomerSummariesWire {

  private static final int IDS = 1;
  private static final int SPEND = 2;
  private static final int HOLDOUT = 4;

  private CustomerSummariesWire() {}

  static byte[] write(CustomerSummaries s) {
    WireWriter out = new WireWriter(WireReader.CUSTOMER_SUMMARIES);
    out.writeByte(
        (s.ids != null ? IDS : 0) | (s.hasSpend ? SPEND : 0) | (s.hasHoldout ? HOLDOUT : 0));
    out.writeDouble(s.holdoutLength);
    out.writeCount(s.size());
    for (int i = 0; i < s.size(); i++) {
      if (s.ids != null) {
        out.writeString(s.ids[i]);
      }
      out.writeCount(s.x[i]).writeDouble(s.tx[i]).writeDouble(s.age[i]);
      if (s.hasSpend) {
        out.writeDouble(s.spend[i]);
      }
      out.writeDouble(s.weight[i]);
      if (s.hasHoldout) {
        out.writeCount(s.holdoutX[i]).writeDouble(s.holdoutSpend[i]);
      }
    }
    return out.toBytes();
  }

  static CustomerSummaries read(byte[] bytes) {
    return WireReader.decode(
        bytes,
        WireReader.CUSTOMER_SUMMARIES,
        in -> {
          int flags = in.readByte("flags");
          if (flags > (IDS | SPEND | HOLDOUT)) {
            throw in.invalid("flags", "must be a combination of 1, 2 and 4, was " + flags);
          }
          boolean ids = (flags & IDS) != 0;
          boolean spend = (flags & SPEND) != 0;
          boolean holdout = (flags & HOLDOUT) != 0;
          if (ids != spend) {
            throw in.invalid("flags", "ids and spend come together (builder rows), was " + flags);
          }
          double holdoutLength = in.readFiniteDouble("holdoutLength");
          if (holdout != holdoutLength > 0.0 || holdoutLength < 0.0) {
            throw in.invalid(
                "holdoutLength", "must be > 0 exactly with a holdout, was " + holdoutLength);
          }
          int n = in.readLength("rows", 17);
          if (n == 0) {
            throw in.invalid("rows", "must be at least 1, was 0");
          }
          if (!spend) {
            int[] x = new int[n];
            double[] tx = new double[n];
            double[] age = new double[n];
            double[] weight = new double[n];
            for (int i = 0; i < n; i++) {
              x[i] = in.readInt("x of row " + i);
              tx[i] = in.readFiniteDouble("t_x of row " + i);
              age[i] = in.readFiniteDouble("T of row " + i);
              weight[i] = in.readFiniteDouble("weight of row " + i);
            }
            return CustomerSummaries.ofColumns(x, tx, age, weight);
          }
          CustomerSummaries.Builder b = CustomerSummaries.builder().holdoutLength(holdoutLength);
          for (int i = 0; i < n; i++) {
            String id = in.readString("id of row " + i);
            int x = in.readInt("x of " + id);
            double tx = in.readFiniteDouble("t_x of " + id);
            double age = in.readFiniteDouble("T of " + id);
            double m = in.readFiniteDouble("m_x of " + id);
            double w = in.readFiniteDouble("weight of " + id);
            int hx = holdout ? in.readInt("x* of " + id) : 0;
            double hs = holdout ? in.readFiniteDouble("holdout spend of " + id) : 0.0;
            CustomerSummaries.validate(id, x, tx, age, m, w, hx, hs);
            b.append(id, x, tx, age, m, w, hx, hs);
          }
          return b.build();
        });
  }

  /** The rows of {@code a} then {@code b}; spend is kept when both carry it. */
  static CustomerSummaries concat(CustomerSummaries a, CustomerSummaries b) {
    checkNotNull(b, "other");
    checkArgument(
        a.holdoutLength == b.holdoutLength,
        "summaries must share the holdout length to merge, was %s and %s",
        a.holdoutLength,
        b.holdoutLength);
    if (a.hasSpend && b.hasSpend) {
      CustomerSummaries.Builder out = CustomerSummaries.builder().holdoutLength(a.holdoutLength);
      for (CustomerSummaries s : new CustomerSummaries[] {a, b}) {
        for (int i = 0; i < s.size(); i++) {
          out.append(
              s.customerId(i),
              s.x[i],
              s.tx[i],
              s.age[i],
              s.spend[i],
              s.weight[i],
              s.hasHoldout ? s.holdoutX[i] : 0,
              s.hasHoldout ? s.holdoutSpend[i] : 0.0);
        }
      }
      return out.build();
    }
    checkArgument(
        !a.hasHoldout,
        "summaries with a holdout can merge only with summaries that carry spend, was %s and %s",
        a,
        b);
    return CustomerSummaries.ofColumns(
        concat(a.x, b.x), concat(a.tx, b.tx), concat(a.age, b.age), concat(a.weight, b.weight));
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static boolean same(CustomerSummaries a, CustomerSummaries b) {
    return a.hasSpend == b.hasSpend
        && a.hasHoldout == b.hasHoldout
        && Double.compare(a.holdoutLength, b.holdoutLength) == 0
        && Arrays.equals(a.ids, b.ids)
        && Arrays.equals(a.x, b.x)
        && Arrays.equals(a.tx, b.tx)
        && Arrays.equals(a.age, b.age)
        && Arrays.equals(a.spend, b.spend)
        && Arrays.equals(a.weight, b.weight)
        && Arrays.equals(a.holdoutX, b.holdoutX)
        && Arrays.equals(a.holdoutSpend, b.holdoutSpend);
  }

  static int hash(CustomerSummaries s) {
    return Objects.hash(
        Arrays.hashCode(s.ids),
        Arrays.hashCode(s.x),
        Arrays.hashCode(s.tx),
        Arrays.hashCode(s.age),
        Arrays.hashCode(s.weight),
        s.holdoutLength);
  }
}
