/**
 * cxkit's one reading core for delimited text: bytes to fields with RFC 4180 quotes, a UTF-8 byte
 * order mark, LF, CRLF and lone-CR line ends, a configurable separator, bounded memory (a maximum
 * record and field length), strict UTF-8 and strict numbers, header lookups that name missing and
 * repeated columns; and the ingest vocabulary every reader of cxkit shares, CSV and JSON alike: one
 * {@link dev.cxkit.model.csv.Rejection rejection record} (source, line, column, field, value,
 * rule), one {@link dev.cxkit.model.csv.IngestException parse exception}, one {@link
 * dev.cxkit.model.csv.IngestReport ingest report} (counts per rule and the first rejected records)
 * and one {@link dev.cxkit.model.csv.RejectPolicy reject policy}.
 *
 * <p>The readers of events ({@code dev.cxkit.journey.events}), path tables ({@code
 * dev.cxkit.journey.attribution}), transactions and customer summaries ({@code
 * dev.cxkit.metrics.clv}) and survey answers are field mappings over {@link
 * dev.cxkit.model.csv.CsvReader}. Messages escape control, bidi and zero-width characters, so
 * hostile input cannot act on the terminal that shows them.
 *
 * {@snippet class=dev.cxkit.model.csv.SnippetsTest region=csvPackage}
 */
@NullMarked
package dev.cxkit.model.csv;

import org.jspecify.annotations.NullMarked;
