/**
 * Paths: the one {@link dev.cxkit.journey.paths.PathTable path table} of cxkit (distinct paths with
 * conversions, value and non-conversions; from a file, from journeys by {@link
 * dev.cxkit.journey.paths.JourneyPathTables} or built in code) and path analysis over assembled
 * journeys: {@link dev.cxkit.journey.paths.PathVariants path variants} (a ranking view of a path
 * table: distinct paths with counts, share, top-k and the coverage curve), {@link
 * dev.cxkit.journey.paths.Flows flows} for a Sankey view (step-k transitions, entries, exits), the
 * {@link dev.cxkit.journey.paths.PathTree paths from, to or between events} ({@link
 * dev.cxkit.journey.paths.PathQuery}) as a tree of exact counts with intervals, and {@link
 * dev.cxkit.journey.paths.JourneyDistributions journey length and time-to-conversion
 * distributions}. Paths are built over touchpoints, channels, types or stages ({@link
 * dev.cxkit.journey.paths.PathOptions}), optionally collapsing repeated touches. Every analysis is
 * a {@link dev.cxkit.journey.assembly.JourneySink}, so it runs on collected journeys or straight
 * from a streaming assembler.
 */
@NullMarked
package dev.cxkit.journey.paths;

import org.jspecify.annotations.NullMarked;
