/**
 * Journey assembly: events grouped per customer, ordered by time with a stable tie-break, and split
 * into journeys by {@link dev.cxkit.journey.assembly.SplitRules} (inactivity gap, conversion,
 * maximum duration, boundary event).
 *
 * <p>Sorted input streams through a {@link dev.cxkit.journey.assembly.StreamingAssembler} with
 * memory bounded by the active customer's open journey; a live feed of customers interleaved in
 * time order goes through a {@link dev.cxkit.journey.assembly.LiveAssembler}, which closes each
 * customer's journeys against a watermark and reports late events; unsorted logs are ordered by
 * {@link dev.cxkit.journey.assembly.JourneyAssembler} with a counting sort on customer ids and a
 * primitive sort on packed time keys. Journeys are pushed, one reused {@link
 * dev.cxkit.journey.assembly.JourneyView} at a time, into a {@link
 * dev.cxkit.journey.assembly.JourneySink}, or collected into compact {@link
 * dev.cxkit.journey.assembly.Journeys} (flat id arrays plus offsets). The cross-channel view
 * ({@link dev.cxkit.journey.assembly.CrossChannelView}) reports channel switches, repeat contacts
 * and time between touches.
 */
@NullMarked
package dev.cxkit.journey.assembly;

import org.jspecify.annotations.NullMarked;
