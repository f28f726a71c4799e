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
 *       split rules, customers grouped and their events sorted by Spark ({@code
 *       flatMapSortedGroups}).
 *   <li>{@link dev.cxkit.spark.SparkPaths}: path tables from journeys or from a path-row table, for
 *       cx-journey's heuristic and exact Markov attribution on the driver.
 *   <li>{@link dev.cxkit.spark.SparkTransitions}: order-k transition counts per partition, merged
 *       on the driver, for the Markov chain and what-if.
 *   <li>{@link dev.cxkit.spark.SparkClv}: customer summaries, BG/NBD and Gamma-Gamma fits, scoring.
 *   <li>{@link dev.cxkit.spark.SparkRetention}: lifetime and cohort counts, Kaplan–Meier, sBG.
 * </ul>
 */
@NullMarked
package dev.cxkit.spark;

import org.jspecify.annotations.NullMarked;
