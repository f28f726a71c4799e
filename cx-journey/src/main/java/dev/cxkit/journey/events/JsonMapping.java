package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.experience.EmotionScale;
import dev.cxkit.model.survey.Scale;
import org.jspecify.annotations.Nullable;

/**
 * Which JSON fields of a record hold which event attribute. Paths are dotted field names ({@code
 * "properties.channel"}). Numeric times are epoch milliseconds or seconds ({@link
 * TimeFormat#epochMillis()}, {@link TimeFormat#epochSeconds()}), string times are read with {@code
 * timeFormat}; by default the format is {@link TimeFormat#detect detected} from the first records.
 *
 * <pre>{@code
 * JsonMapping m = JsonMapping.of("user", "ts", "page")
 *     .withChannel("properties.channel")
 *     .withTimeFormat(TimeFormat.iso(ZoneOffset.UTC));
 * }</pre>
 *
 * @param customer path of the customer key
 * @param time path of the timestamp
 * @param touchpoint path of the touchpoint
 * @param channel path of the channel, or null
 * @param type path of the event type, or null
 * @param stage path of the stage, or null
 * @param eventId path of a unique event id, or null
 * @param timeFormat how string timestamps are written
 * @param attributes paths of the optional event attributes
 */
public record JsonMapping(
    String customer,
    String time,
    String touchpoint,
    @Nullable String channel,
    @Nullable String type,
    @Nullable String stage,
    @Nullable String eventId,
    TimeFormat timeFormat,
    AttributePaths attributes) {

  /**
   * Paths of the optional attributes ({@link EventAttributes}); a scale is given with its path.
   *
   * @param segment path of the segment or persona, or null
   * @param emotion path of the emotion, or null
   * @param emotionScale scale of the emotion, or null
   * @param score path of the interaction score, or null
   * @param scoreScale scale of the score, or null
   * @param value path of the value (revenue or cost), or null
   * @param outcome path of the explicit outcome, or null
   */
  public record AttributePaths(
      @Nullable String segment,
      @Nullable String emotion,
      @Nullable EmotionScale emotionScale,
      @Nullable String score,
      @Nullable Scale scoreScale,
      @Nullable String value,
      @Nullable String outcome) {
    /** Validates that each scale comes with its path. */
    public AttributePaths {
      checkArgument(
          (emotion == null) == (emotionScale == null),
          "emotion needs a scale, was %s",
          emotionScale);
      checkArgument(
          (score == null) == (scoreScale == null), "score needs a scale, was %s", scoreScale);
    }

    static final AttributePaths NONE = new AttributePaths(null, null, null, null, null, null, null);

    /** Whether any attribute is mapped. */
    public boolean any() {
      return segment != null
          || emotion != null
          || score != null
          || value != null
          || outcome != null;
    }
  }

  /** Validates the paths. */
  public JsonMapping {
    checkNotNull(attributes, "attributes");
    for (String p :
        new String[] {
          customer,
          time,
          touchpoint,
          channel,
          type,
          stage,
          eventId,
          attributes.segment(),
          attributes.emotion(),
          attributes.score(),
          attributes.value(),
          attributes.outcome()
        }) {
      if (p != null) {
        checkArgument(
            !p.isEmpty() && !p.startsWith(".") && !p.endsWith(".") && !p.contains(".."),
            "JSON field path must be dotted names, was '%s'",
            p);
      }
    }
    checkNotNull(timeFormat, "timeFormat");
  }

  /** The three required paths; the time format detected from the first records. */
  public static JsonMapping of(String customer, String time, String touchpoint) {
    return new JsonMapping(
        checkNotNull(customer),
        checkNotNull(time),
        checkNotNull(touchpoint),
        null,
        null,
        null,
        null,
        TimeFormat.detect(java.time.ZoneOffset.UTC),
        AttributePaths.NONE);
  }

  /** With a channel path. */
  public JsonMapping withChannel(String path) {
    return new JsonMapping(
        customer, time, touchpoint, path, type, stage, eventId, timeFormat, attributes);
  }

  /** With an event type path. */
  public JsonMapping withType(String path) {
    return new JsonMapping(
        customer, time, touchpoint, channel, path, stage, eventId, timeFormat, attributes);
  }

  /** With a stage path. */
  public JsonMapping withStage(String path) {
    return new JsonMapping(
        customer, time, touchpoint, channel, type, path, eventId, timeFormat, attributes);
  }

  /** With an event id path (duplicates rejected, first kept). */
  public JsonMapping withEventId(String path) {
    return new JsonMapping(
        customer, time, touchpoint, channel, type, stage, path, timeFormat, attributes);
  }

  /** With another time format. */
  public JsonMapping withTimeFormat(TimeFormat format) {
    return new JsonMapping(
        customer, time, touchpoint, channel, type, stage, eventId, format, attributes);
  }

  /** With a segment or persona path. */
  public JsonMapping withSegment(String path) {
    AttributePaths a = attributes;
    return with(
        new AttributePaths(
            checkNotNull(path),
            a.emotion(),
            a.emotionScale(),
            a.score(),
            a.scoreScale(),
            a.value(),
            a.outcome()));
  }

  /** With an emotion path read on {@code scale}. */
  public JsonMapping withEmotion(String path, EmotionScale scale) {
    AttributePaths a = attributes;
    return with(
        new AttributePaths(
            a.segment(),
            checkNotNull(path),
            checkNotNull(scale),
            a.score(),
            a.scoreScale(),
            a.value(),
            a.outcome()));
  }

  /** With an interaction score path on {@code scale}. */
  public JsonMapping withScore(String path, Scale scale) {
    AttributePaths a = attributes;
    return with(
        new AttributePaths(
            a.segment(),
            a.emotion(),
            a.emotionScale(),
            checkNotNull(path),
            checkNotNull(scale),
            a.value(),
            a.outcome()));
  }

  /** With a value path (revenue or cost, a finite number). */
  public JsonMapping withValue(String path) {
    AttributePaths a = attributes;
    return with(
        new AttributePaths(
            a.segment(),
            a.emotion(),
            a.emotionScale(),
            a.score(),
            a.scoreScale(),
            checkNotNull(path),
            a.outcome()));
  }

  /** With an explicit outcome path (true/false, 1/0, yes/no). */
  public JsonMapping withOutcome(String path) {
    AttributePaths a = attributes;
    return with(
        new AttributePaths(
            a.segment(),
            a.emotion(),
            a.emotionScale(),
            a.score(),
            a.scoreScale(),
            a.value(),
            checkNotNull(path)));
  }

  private JsonMapping with(AttributePaths a) {
    return new JsonMapping(
        customer, time, touchpoint, channel, type, stage, eventId, timeFormat, a);
  }
}
