/**
 * Multi-touch attribution: which channels earn the conversions of customer journeys.
 *
 * <p>Input is a {@link dev.cxkit.journey.paths.PathTable} (read from the widespread aggregated
 * path-table format by {@link dev.cxkit.journey.attribution.PathTableReader}, a field mapping over
 * cxkit's CSV core {@code dev.cxkit.model.csv}: quoted fields, byte order mark, bad rows reported
 * with file, line and rule; or built in code). Models implement {@link
 * dev.cxkit.journey.attribution.AttributionModel}: heuristics (first touch, last touch, linear,
 * position-based, time decay, last non-direct), Shapley values (simplified and full coalition) and
 * exact Markov removal effects ({@link dev.cxkit.journey.attribution.MarkovAttribution}, solved by
 * sparse linear algebra; a seeded Monte-Carlo simulator of the same chain is offered for parity
 * with simulation-based tools). Every model's per-channel credits add up exactly to the table's
 * conversions and value. {@link dev.cxkit.journey.attribution.CreditBootstrap} puts seeded
 * bootstrap intervals on any model's credit (Markov models reuse the counted chain across
 * replicates).
 *
 * <pre>{@code
 * PathTable table = PathTableReader.channelAttribution().read(Path.of("paths.csv"));
 * MarkovResult m = MarkovAttribution.builder().order(3).build().analyze(table);
 * }</pre>
 */
@NullMarked
package dev.cxkit.journey.attribution;

import org.jspecify.annotations.NullMarked;
