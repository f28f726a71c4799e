package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.model.internal.ExactMath;
import java.util.Locale;

/**
 * Gross and net revenue retention of the customers present at the start of a period.
 *
 * <ul>
 *   <li>Gross revenue retention (GRR) = (start − contraction − churned) / start: never above 1.
 *   <li>Net revenue retention (NRR) = (start + expansion − contraction − churned) / start.
 * </ul>
 *
 * Revenue from customers acquired during the period is excluded by definition. Mergeable: {@link
 * #plus} adds the components (for example across segments or partitions), {@link #empty()} is the
 * identity.
 *
 * <pre>{@code
 * RevenueRetention r = RevenueRetention.of(1000, 150, 50, 100);
 * r.grossRetention();   // 0.85
 * r.netRetention();     // 1.00
 * }</pre>
 *
 * @param startingRevenue recurring revenue at the start from customers then present, {@code >= 0}
 * @param expansion upgrades and cross-sells of those customers, {@code >= 0}
 * @param contraction downgrades of those customers (as a positive amount), {@code >= 0}
 * @param churnedRevenue revenue of those customers who left (as a positive amount), {@code >= 0}
 */
public record RevenueRetention(
    double startingRevenue, double expansion, double contraction, double churnedRevenue) {

  /** Validates the components. */
  public RevenueRetention {
    checkAmount("startingRevenue", startingRevenue);
    checkAmount("expansion", expansion);
    checkAmount("contraction", contraction);
    checkAmount("churnedRevenue", churnedRevenue);
    checkArgument(
        contraction + churnedRevenue <= startingRevenue * (1 + 1e-12),
        "contraction + churnedRevenue must not exceed startingRevenue=%s, was %s",
        startingRevenue,
        contraction + churnedRevenue);
  }

  private static void checkAmount(String field, double v) {
    checkArgument(Double.isFinite(v) && v >= 0.0, "%s must be finite and >= 0, was %s", field, v);
  }

  /** A value with the given components. */
  public static RevenueRetention of(
      double startingRevenue, double expansion, double contraction, double churnedRevenue) {
    return new RevenueRetention(startingRevenue, expansion, contraction, churnedRevenue);
  }

  /** All components zero: the identity of {@link #plus}. */
  public static RevenueRetention empty() {
    return new RevenueRetention(0, 0, 0, 0);
  }

  /** Component-wise sum. */
  public RevenueRetention plus(RevenueRetention o) {
    return new RevenueRetention(
        ExactMath.addFinite("startingRevenue", startingRevenue, o.startingRevenue),
        ExactMath.addFinite("expansion", expansion, o.expansion),
        ExactMath.addFinite("contraction", contraction, o.contraction),
        ExactMath.addFinite("churnedRevenue", churnedRevenue, o.churnedRevenue));
  }

  /** Gross revenue retention, in [0, 1]. */
  public double grossRetention() {
    checkStart();
    return Math.max(0.0, (startingRevenue - contraction - churnedRevenue) / startingRevenue);
  }

  /** Net revenue retention, {@code >= 0}. */
  public double netRetention() {
    checkStart();
    // the two shares apart: startingRevenue + expansion may exceed the double range
    double net =
        Math.max(
            0.0,
            (startingRevenue - contraction - churnedRevenue) / startingRevenue
                + expansion / startingRevenue);
    return ExactMath.finiteResult(
        "netRetention", net, "expansion " + expansion + " / startingRevenue " + startingRevenue);
  }

  private void checkStart() {
    if (startingRevenue <= 0.0) {
      throw new IllegalStateException(
          "revenue retention needs startingRevenue > 0, was " + startingRevenue);
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "RevenueRetention[start=%.2f, expansion=%.2f, contraction=%.2f, churned=%.2f]",
        startingRevenue,
        expansion,
        contraction,
        churnedRevenue);
  }
}
