/**
 * Event ingestion and the interned, columnar event log.
 *
 * <p>Streaming readers ({@link dev.cxkit.journey.events.CsvEventReader}, {@link
 * dev.cxkit.journey.events.JsonEventReader} for JSON Lines, Segment {@code track} calls and xAPI
 * statements) turn records into events whose customer, touchpoint, channel, type and stage are
 * interned once to dense {@code int} ids ({@link dev.cxkit.journey.events.EventDictionaries}) and
 * pushed into an {@link dev.cxkit.journey.events.EventSink}: an {@link
 * dev.cxkit.journey.events.EventLog} (columnar primitive arrays) or a streaming journey assembler.
 * Every rejected record is reported with its line number ({@link
 * dev.cxkit.journey.events.IngestReport}); the {@link dev.cxkit.journey.events.RejectPolicy}
 * decides between failing fast and collecting.
 *
 * <p>Deterministic rules: duplicate event ids keep the first record read and reject later ones
 * (reported); out-of-order timestamps are kept and ordered by the assembler; identical timestamps
 * keep their arrival order unless {@link dev.cxkit.journey.events.TieBreak#CONTENT} is chosen.
 */
@NullMarked
package dev.cxkit.journey.events;

import org.jspecify.annotations.NullMarked;
