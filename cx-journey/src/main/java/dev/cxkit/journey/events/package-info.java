/**
 * Event ingestion and the interned, columnar event log.
 *
 * <p>Streaming readers ({@link dev.cxkit.journey.events.CsvEventReader}, {@link
 * dev.cxkit.journey.events.JsonEventReader} for JSON Lines, Segment {@code track} calls and xAPI
 * statements) turn records into events whose customer, touchpoint, channel, type and stage are
 * interned once to dense {@code int} ids ({@link dev.cxkit.journey.events.EventDictionaries}) and
 * pushed into an {@link dev.cxkit.journey.events.EventSink}: an {@link
 * dev.cxkit.journey.events.EventLog} (columnar primitive arrays) or a streaming journey assembler.
 * The readers are field mappings over cxkit's one reading core ({@code dev.cxkit.model.csv}): every
 * rejected record is reported with its file, line, column, field, value and rule ({@link
 * dev.cxkit.model.csv.IngestReport}); the {@link dev.cxkit.model.csv.RejectPolicy} decides between
 * failing fast and skipping up to a limit; memory stays bounded on any input.
 *
 * <p>Deterministic rules: duplicate event ids keep the first record read and reject later ones
 * (reported); out-of-order timestamps are kept and ordered by the assembler; identical timestamps
 * keep their arrival order unless {@link dev.cxkit.journey.events.TieBreak#CONTENT} is chosen.
 */
@NullMarked
package dev.cxkit.journey.events;

import org.jspecify.annotations.NullMarked;
