/**
 * Churn and retention: churn-rate definitions (cohort-clean, average-base, exposure-based hazard),
 * revenue retention, cohort retention tables, Kaplan–Meier survival with Greenwood variance, the
 * Nelson–Aalen cumulative hazard, the log-rank test, the shifted-beta-geometric contractual
 * retention model, and churn regression: {@link dev.cxkit.metrics.retention.CoxRegression Cox
 * proportional hazards} on {@link dev.cxkit.metrics.retention.SurvivalData} with hazard ratios,
 * robust standard errors, the {@link dev.cxkit.metrics.retention.ProportionalHazardsTest
 * proportional-hazards test} and predicted survival curves.
 *
 * <p>Every survival-type result implements {@link dev.cxkit.metrics.retention.RetentionCurve}, so a
 * Kaplan–Meier curve, a fitted sBG model or a constant rate can drive a lifetime-value calculation.
 *
 * <pre>{@code
 * LifetimeCounts data = LifetimeCounts.of(new double[] {10, 20, 20, 30, 40}, new int[] {1, 0, 1, 1, 0});
 * KaplanMeierCurve km = KaplanMeier.fit(data);
 * km.survival(20);              // 0.6
 * SbgFit sbg = ShiftedBetaGeometric.fit(new long[] {1000, 631, 468, 382, 326});
 * sbg.survival(7);              // 0.2296
 * }</pre>
 */
@NullMarked
package dev.cxkit.metrics.retention;

import org.jspecify.annotations.NullMarked;
