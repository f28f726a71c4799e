/**
 * Metric charts as standalone SVG: flows (Sankey), funnels, attribution, scores,
 * importance-performance quadrants, key drivers, survival curves, cohort heat maps and histograms.
 */
@NullMarked
package dev.cxkit.render.chart;

import org.jspecify.annotations.NullMarked;
