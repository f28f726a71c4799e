/**
 * cxkit's pictures: standalone SVG (no runtime dependency beyond the JDK), Graphviz DOT and Mermaid
 * text, and one-page HTML reports. This package holds the shared pieces: the colour-blind-safe
 * {@link dev.cxkit.render.Palette} (pass one instance to every picture so a channel keeps its
 * colour), the self-contained {@link dev.cxkit.render.HtmlReport} and the formula-safe {@link
 * dev.cxkit.render.CsvExport}.
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@code map.JourneyMapSvg.of(map).withFuture(f).withHotspots(h).withPalette(p).toSvg()}
 *   <li>{@code map.BlueprintSvg.render(blueprint, Optional.of(map))}
 *   <li>{@code chart.SankeyChart.of(title, flows, palette)}, {@code chart.FunnelChart.of(title,
 *       funnelResult)}, {@code chart.AttributionChart.of(title, results, palette)}
 *   <li>{@code chart.ScoreChart.of(title, scoresBySegment, overTime)}, {@code
 *       chart.QuadrantChart.of(title, ipaResult)}, {@code chart.DriverChart.of(title,
 *       keyDriverResult)}
 *   <li>{@code chart.SurvivalChart.of(title, curvesBySegment, 0.95, "months", palette)}, {@code
 *       chart.CohortHeatmap.of(title, table)}, {@code chart.Histogram.probabilities(...)} and
 *       {@code chart.Histogram.render(...)} for CLV
 *   <li>{@code text.MarkovDot.of(name, chain, minProbability)}, {@code text.MermaidJourney.of(map)}
 * </ul>
 *
 * <pre>{@code
 * Palette palette = Palette.colourBlindSafe();
 * String html = HtmlReport.builder()
 *     .title("Cable outage")
 *     .section("Journey map", JourneyMapSvg.of(map).withPalette(palette).toSvg())
 *     .table("Credit", List.of("channel", "conversions"), rows)
 *     .build()
 *     .toHtml();
 * }</pre>
 *
 * <p>Every picture escapes all user text through {@link dev.cxkit.render.text.Escape} (control,
 * bidi and zero-width characters are shown as {@code [U+202E]}, never live), formats numbers with
 * {@code Locale.ROOT}, is the same bytes for the same input, and draws a "no data" message instead
 * of an empty or broken picture.
 */
@NullMarked
package dev.cxkit.render;

import org.jspecify.annotations.NullMarked;
