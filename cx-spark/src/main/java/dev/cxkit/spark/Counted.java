package dev.cxkit.spark;

/**
 * A value computed in Spark together with the rows that could not be used for it.
 *
 * <pre>{@code
 * Counted<LifetimeCounts> c = SparkRetention.lifetimes(customers, "tenure", "churned");
 * KaplanMeierCurve km = KaplanMeier.fit(c.value());
 * c.rejections().total();   // rows with a missing or negative tenure, or an unreadable flag
 * }</pre>
 *
 * @param value the result
 * @param rejections rows left out, per reason
 * @param <T> the result type
 */
public record Counted<T>(T value, RejectionReport rejections) {}
