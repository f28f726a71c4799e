package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.experience.EmotionScale;
import dev.cxkit.model.survey.Scale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The layout of an event CSV file: separator, which header column holds which field, and the time
 * format. The file must start with a header line; columns not mapped are ignored; a mapped column
 * missing from the header is an error. Optional fields left unmapped read as {@code ""}; optional
 * attributes left unmapped are absent ({@link EventAttributes}).
 *
 * <pre>{@code
 * CsvFormat f = CsvFormat.of("session", "ts", "aid")
 *     .withType("type")
 *     .withSeparator(';')
 *     .withTimeFormat(TimeFormat.iso(ZoneOffset.UTC))
 *     .withSegment("persona")
 *     .withEmotion("feeling", EmotionScale.MAP_MINUS2_TO_PLUS2)
 *     .withScore("csat", Scale.csat5())
 *     .withValue("revenue")
 *     .withOutcome("resolved");
 * }</pre>
 */
public final class CsvFormat {
  private char separator;
  private String customerColumn;
  private String timeColumn;
  private String touchpointColumn;
  private @Nullable String channelColumn;
  private @Nullable String typeColumn;
  private @Nullable String stageColumn;
  private @Nullable String eventIdColumn;
  private TimeFormat timeFormat;
  private @Nullable String segmentColumn;
  private @Nullable String emotionColumn;
  private @Nullable EmotionScale emotionScale;
  private @Nullable String scoreColumn;
  private @Nullable Scale scoreScale;
  private @Nullable String valueColumn;
  private @Nullable String outcomeColumn;

  private CsvFormat(String customerColumn, String timeColumn, String touchpointColumn) {
    this.separator = ',';
    this.customerColumn = customerColumn;
    this.timeColumn = timeColumn;
    this.touchpointColumn = touchpointColumn;
    this.timeFormat = TimeFormat.detect(java.time.ZoneOffset.UTC);
  }

  private CsvFormat copy() {
    CsvFormat c = new CsvFormat(customerColumn, timeColumn, touchpointColumn);
    c.separator = separator;
    c.channelColumn = channelColumn;
    c.typeColumn = typeColumn;
    c.stageColumn = stageColumn;
    c.eventIdColumn = eventIdColumn;
    c.timeFormat = timeFormat;
    c.segmentColumn = segmentColumn;
    c.emotionColumn = emotionColumn;
    c.emotionScale = emotionScale;
    c.scoreColumn = scoreColumn;
    c.scoreScale = scoreScale;
    c.valueColumn = valueColumn;
    c.outcomeColumn = outcomeColumn;
    return c;
  }

  /** Checks the columns are non-empty and distinct. */
  private CsvFormat checked() {
    List<String> seen = new ArrayList<>();
    for (String c :
        Arrays.asList(
            customerColumn,
            timeColumn,
            touchpointColumn,
            channelColumn,
            typeColumn,
            stageColumn,
            eventIdColumn,
            segmentColumn,
            emotionColumn,
            scoreColumn,
            valueColumn,
            outcomeColumn)) {
      if (c != null) {
        checkArgument(!c.isEmpty(), "column names must not be empty, was '%s'", c);
        checkArgument(!seen.contains(c), "column names must be distinct, was '%s' twice", c);
        seen.add(c);
      }
    }
    return this;
  }

  /** Comma-separated, the time format detected from the first rows, the three required columns. */
  public static CsvFormat of(String customerColumn, String timeColumn, String touchpointColumn) {
    return new CsvFormat(
            checkNotNull(customerColumn, "customerColumn"),
            checkNotNull(timeColumn, "timeColumn"),
            checkNotNull(touchpointColumn, "touchpointColumn"))
        .checked();
  }

  /** This format with another separator (ASCII, not a quote, CR or LF). */
  public CsvFormat withSeparator(char sep) {
    checkArgument(
        sep != '"' && sep != '\n' && sep != '\r' && sep > 0 && sep < 128,
        "separator must be an ASCII character other than quote, CR and LF, was '%s'",
        sep);
    CsvFormat c = copy();
    c.separator = sep;
    return c;
  }

  /** This format with a channel column. */
  public CsvFormat withChannel(String column) {
    CsvFormat c = copy();
    c.channelColumn = checkNotNull(column, "column");
    return c.checked();
  }

  /** This format with an event type column. */
  public CsvFormat withType(String column) {
    CsvFormat c = copy();
    c.typeColumn = checkNotNull(column, "column");
    return c.checked();
  }

  /** This format with a stage column. */
  public CsvFormat withStage(String column) {
    CsvFormat c = copy();
    c.stageColumn = checkNotNull(column, "column");
    return c.checked();
  }

  /** This format with an event id column (duplicates are rejected, first kept). */
  public CsvFormat withEventId(String column) {
    CsvFormat c = copy();
    c.eventIdColumn = checkNotNull(column, "column");
    return c.checked();
  }

  /** This format with another time format. */
  public CsvFormat withTimeFormat(TimeFormat format) {
    CsvFormat c = copy();
    c.timeFormat = checkNotNull(format, "format");
    return c;
  }

  /**
   * This format with a segment or persona column (interned, {@link EventDictionaries#segments()}).
   */
  public CsvFormat withSegment(String column) {
    CsvFormat c = copy();
    c.segmentColumn = checkNotNull(column, "column");
    return c.checked();
  }

  /**
   * This format with an emotion column read on {@code scale}; a value off the scale is rejected.
   */
  public CsvFormat withEmotion(String column, EmotionScale scale) {
    CsvFormat c = copy();
    c.emotionColumn = checkNotNull(column, "column");
    c.emotionScale = checkNotNull(scale, "scale");
    return c.checked();
  }

  /** This format with an interaction score column (CSAT, CES, ...) on {@code scale}. */
  public CsvFormat withScore(String column, Scale scale) {
    CsvFormat c = copy();
    c.scoreColumn = checkNotNull(column, "column");
    c.scoreScale = checkNotNull(scale, "scale");
    return c.checked();
  }

  /** This format with a value column: revenue (positive) or cost (negative), finite. */
  public CsvFormat withValue(String column) {
    CsvFormat c = copy();
    c.valueColumn = checkNotNull(column, "column");
    return c.checked();
  }

  /**
   * This format with an explicit outcome column: {@code 1}, {@code true}, {@code yes} for
   * converted, {@code 0}, {@code false}, {@code no} for not, empty for not recorded.
   */
  public CsvFormat withOutcome(String column) {
    CsvFormat c = copy();
    c.outcomeColumn = checkNotNull(column, "column");
    return c.checked();
  }

  /** The field separator. */
  public char separator() {
    return separator;
  }

  /** Header name of the customer key. */
  public String customerColumn() {
    return customerColumn;
  }

  /** Header name of the timestamp. */
  public String timeColumn() {
    return timeColumn;
  }

  /** Header name of the touchpoint. */
  public String touchpointColumn() {
    return touchpointColumn;
  }

  /** Header name of the channel, or null. */
  public @Nullable String channelColumn() {
    return channelColumn;
  }

  /** Header name of the event type, or null. */
  public @Nullable String typeColumn() {
    return typeColumn;
  }

  /** Header name of the stage, or null. */
  public @Nullable String stageColumn() {
    return stageColumn;
  }

  /** Header name of a unique event id, or null. */
  public @Nullable String eventIdColumn() {
    return eventIdColumn;
  }

  /** How timestamps are written. */
  public TimeFormat timeFormat() {
    return timeFormat;
  }

  /** Header name of the segment or persona, or null. */
  public @Nullable String segmentColumn() {
    return segmentColumn;
  }

  /** Header name of the emotion, or null. */
  public @Nullable String emotionColumn() {
    return emotionColumn;
  }

  /** The emotion column's scale, or null. */
  public @Nullable EmotionScale emotionScale() {
    return emotionScale;
  }

  /** Header name of the interaction score, or null. */
  public @Nullable String scoreColumn() {
    return scoreColumn;
  }

  /** The score column's scale, or null. */
  public @Nullable Scale scoreScale() {
    return scoreScale;
  }

  /** Header name of the value, or null. */
  public @Nullable String valueColumn() {
    return valueColumn;
  }

  /** Header name of the explicit outcome, or null. */
  public @Nullable String outcomeColumn() {
    return outcomeColumn;
  }

  private List<Object> parts() {
    return Arrays.asList(
        separator,
        customerColumn,
        timeColumn,
        touchpointColumn,
        channelColumn,
        typeColumn,
        stageColumn,
        eventIdColumn,
        timeFormat.describe(),
        segmentColumn,
        emotionColumn,
        emotionScale,
        scoreColumn,
        scoreScale,
        valueColumn,
        outcomeColumn);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CsvFormat other && parts().equals(other.parts());
  }

  @Override
  public int hashCode() {
    return Objects.hash(parts().toArray());
  }

  @Override
  public String toString() {
    return "CsvFormat" + parts();
  }
}
