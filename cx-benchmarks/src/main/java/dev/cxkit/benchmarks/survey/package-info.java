/**
 * JMH benchmarks of survey scores: accumulating NPS and CSAT answers from primitive arrays, and the
 * seeded multinomial bootstrap of a net score.
 */
package dev.cxkit.benchmarks.survey;
