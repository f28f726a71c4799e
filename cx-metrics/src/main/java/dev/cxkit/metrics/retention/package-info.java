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
 * {@snippet class=dev.cxkit.metrics.retention.SnippetsTest region=packageInfo}
 */
@NullMarked
package dev.cxkit.metrics.retention;

import org.jspecify.annotations.NullMarked;
