package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

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
 */
public record JsonMapping(
    String customer,
    String time,
    String touchpoint,
    @Nullable String channel,
    @Nullable String type,
    @Nullable String stage,
    @Nullable String eventId,
    TimeFormat timeFormat) {

  /** Validates the paths. */
  public JsonMapping {
    for (String p : new String[] {customer, time, touchpoint, channel, type, stage, eventId}) {
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
        TimeFormat.detect(java.time.ZoneOffset.UTC));
  }

  /** With a channel path. */
  public JsonMapping withChannel(String path) {
    return new JsonMapping(customer, time, touchpoint, path, type, stage, eventId, timeFormat);
  }

  /** With an event type path. */
  public JsonMapping withType(String path) {
    return new JsonMapping(customer, time, touchpoint, channel, path, stage, eventId, timeFormat);
  }

  /** With a stage path. */
  public JsonMapping withStage(String path) {
    return new JsonMapping(customer, time, touchpoint, channel, type, path, eventId, timeFormat);
  }

  /** With an event id path (duplicates rejected, first kept). */
  public JsonMapping withEventId(String path) {
    return new JsonMapping(customer, time, touchpoint, channel, type, stage, path, timeFormat);
  }

  /** With another time format. */
  public JsonMapping withTimeFormat(TimeFormat format) {
    return new JsonMapping(customer, time, touchpoint, channel, type, stage, eventId, format);
  }
}
