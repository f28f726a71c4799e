/**
 * cxkit on Apache Spark: the same survey scores, journeys, path tables, attribution, CLV and
 * retention figures as the single-JVM modules, computed over {@code Dataset<Row>} tables.
 *
 * <p>Spark does the partitioning, shuffles and sorting; cxkit's own calculators run per customer
 * (journey assembly, customer summaries) or on the driver over merged counts (intervals, model
 * fits, the Markov solver), so the answers equal cx-metrics' and cx-journey's on the same rows.
 * Rows that cannot be used are counted per reason, with examples, in a {@link
 * dev.cxkit.spark.RejectionReport}; none is dropped silently.
 *
 * <ul>
 *   <li>{@link dev.cxkit.spark.SparkSurveys}: score distributions per group (also a SQL UDAF), NPS,
 *       CSAT and CES with intervals.
 *   <li>{@link dev.cxkit.spark.SparkJourneys}: per-customer journey assembly with cx-journey's
 *       split rules through {@code groupByKey} + {@code flatMapSortedGroups}.
 *   <li>{@link dev.cxkit.spark.SparkPaths}: path tables, transition counts, funnels, variants,
 *       heuristic and exact Markov attribution, what-if.
 *   <li>{@link dev.cxkit.spark.SparkClv}: customer summaries, BG/NBD and Gamma-Gamma fits, scoring.
 *   <li>{@link dev.cxkit.spark.SparkRetention}: lifetime and cohort counts, Kaplan–Meier, sBG.
 * </ul>
 */
@NullMarked
package dev.cxkit.spark;

import org.jspecify.annotations.NullMarked;
