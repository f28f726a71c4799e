package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The layout of an event CSV file: separator, which header column holds which field, and the time
 * format. The file must start with a header line; columns not mapped are ignored; a mapped column
 * missing from the header is an error. Optional fields left unmapped read as {@code ""}.
 *
 * <pre>{@code
 * CsvFormat f = CsvFormat.of("session", "ts", "aid")
 *     .withType("type")
 *     .withSeparator(';')
 *     .withTimeFormat(TimeFormat.iso(ZoneOffset.UTC));
 * }</pre>
 *
 * @param separator the field separator (not a quote, CR or LF)
 * @param customerColumn header name of the customer key
 * @param timeColumn header name of the timestamp
 * @param touchpointColumn header name of the touchpoint
 * @param channelColumn header name of the channel, or null
 * @param typeColumn header name of the event type, or null
 * @param stageColumn header name of the stage, or null
 * @param eventIdColumn header name of a unique event id (enables duplicate detection), or null
 * @param timeFormat how timestamps are written
 */
public record CsvFormat(
    char separator,
    String customerColumn,
    String timeColumn,
    String touchpointColumn,
    @Nullable String channelColumn,
    @Nullable String typeColumn,
    @Nullable String stageColumn,
    @Nullable String eventIdColumn,
    TimeFormat timeFormat) {

  /** Validates the layout. */
  public CsvFormat {
    checkArgument(
        separator != '"' && separator != '\n' && separator != '\r' && separator < 128,
        "separator must be an ASCII character other than quote, CR and LF, was '%s'",
        separator);
    checkNotNull(timeFormat, "timeFormat");
    List<String> seen = new ArrayList<>();
    for (String c :
        new String[] {
          customerColumn,
          timeColumn,
          touchpointColumn,
          channelColumn,
          typeColumn,
          stageColumn,
          eventIdColumn
        }) {
      if (c != null) {
        checkArgument(!c.isEmpty(), "column names must not be empty, was '%s'", c);
        checkArgument(!seen.contains(c), "column names must be distinct, was '%s' twice", c);
        seen.add(c);
      }
    }
  }

  /**
   * Comma-separated, the time format detected from the first rows, the three required columns
   * named.
   */
  public static CsvFormat of(String customerColumn, String timeColumn, String touchpointColumn) {
    return new CsvFormat(
        ',',
        checkNotNull(customerColumn, "customerColumn"),
        checkNotNull(timeColumn, "timeColumn"),
        checkNotNull(touchpointColumn, "touchpointColumn"),
        null,
        null,
        null,
        null,
        TimeFormat.detect(java.time.ZoneOffset.UTC));
  }

  /** This format with another separator. */
  public CsvFormat withSeparator(char sep) {
    return new CsvFormat(
        sep,
        customerColumn,
        timeColumn,
        touchpointColumn,
        channelColumn,
        typeColumn,
        stageColumn,
        eventIdColumn,
        timeFormat);
  }

  /** This format with a channel column. */
  public CsvFormat withChannel(String column) {
    return new CsvFormat(
        separator,
        customerColumn,
        timeColumn,
        touchpointColumn,
        column,
        typeColumn,
        stageColumn,
        eventIdColumn,
        timeFormat);
  }

  /** This format with an event type column. */
  public CsvFormat withType(String column) {
    return new CsvFormat(
        separator,
        customerColumn,
        timeColumn,
        touchpointColumn,
        channelColumn,
        column,
        stageColumn,
        eventIdColumn,
        timeFormat);
  }

  /** This format with a stage column. */
  public CsvFormat withStage(String column) {
    return new CsvFormat(
        separator,
        customerColumn,
        timeColumn,
        touchpointColumn,
        channelColumn,
        typeColumn,
        column,
        eventIdColumn,
        timeFormat);
  }

  /** This format with an event id column (duplicates are rejected, first kept). */
  public CsvFormat withEventId(String column) {
    return new CsvFormat(
        separator,
        customerColumn,
        timeColumn,
        touchpointColumn,
        channelColumn,
        typeColumn,
        stageColumn,
        column,
        timeFormat);
  }

  /** This format with another time format. */
  public CsvFormat withTimeFormat(TimeFormat format) {
    return new CsvFormat(
        separator,
        customerColumn,
        timeColumn,
        touchpointColumn,
        channelColumn,
        typeColumn,
        stageColumn,
        eventIdColumn,
        format);
  }
}
