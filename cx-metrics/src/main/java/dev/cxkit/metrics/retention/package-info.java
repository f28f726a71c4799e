/**
 * Churn and retention: churn-rate definitions (cohort-clean, average-base, exposure-based hazard),
 * revenue retention, cohort retention tables, Kaplan–Meier survival with Greenwood variance, the
 * log-rank test and the shifted-beta-geometric contractual retention model.
 *
 * <p>Every survival-type result implements {@link dev.cxkit.metrics.retention.RetentionCurve}, so a
 * Kaplan–Meier curve, a fitted sBG model or a constant rate can drive a lifetime-value calculation.
 *
 * {@snippet class=dev.cxkit.metrics.retention.SnippetsTest region=packageInfo}
 */
@NullMarked
package dev.cxkit.metrics.retention;

import org.jspecify.annotations.NullMarked;
