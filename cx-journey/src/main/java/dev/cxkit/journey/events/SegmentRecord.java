package dev.cxkit.journey.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cxkit.model.csv.Rejection;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A Segment Spec call ({@code track}, {@code page} or {@code screen}): customer {@code userId} else
 * {@code anonymousId}; touchpoint the track {@code event} or the page/screen {@code name}; type the
 * call type; channel {@code properties.channel} else {@code context.channel} else the top-level
 * {@code channel}; stage {@code properties.stage}; time {@code timestamp} else {@code
 * originalTimestamp} (ISO-8601); event id {@code messageId}.
 */
final class SegmentRecord extends JsonRecord {
  private static final TimeFormat ISO = TimeFormat.iso(ZoneOffset.UTC);

  @Override
  @Nullable Rejection extract(JsonNode node, Fields out) {
    String type = text(node, "type");
    if (type == null || !(type.equals("track") || type.equals("page") || type.equals("screen"))) {
      return problem(
          out,
          "type",
          shown(at(node, "type")),
          "Segment call type must be track, page or screen (identify, group and alias calls are not touchpoints)");
    }
    out.type = type;
    String user = text(node, "userId");
    out.customer = user != null ? user : text(node, "anonymousId");
    if (out.customer == null) {
      return problem(out, "userId", "", "userId or anonymousId must be present");
    }
    JsonNode t = at(node, "timestamp");
    if (t == null) {
      t = at(node, "originalTimestamp");
    }
    long time = t == null ? Long.MIN_VALUE : time(t, ISO);
    if (time == Long.MIN_VALUE) {
      return problem(out, "timestamp", shown(t), "timestamp must be ISO-8601 with an offset");
    }
    out.time = time;
    out.touchpoint = type.equals("track") ? text(node, "event") : text(node, "name");
    if (out.touchpoint == null) {
      String field = type.equals("track") ? "event" : "name";
      return problem(out, field, "", type + " call " + field + " must be a non-empty value");
    }
    String channel = text(node, "properties.channel");
    if (channel == null) {
      channel = text(node, "context.channel");
    }
    if (channel == null) {
      channel = text(node, "channel");
    }
    out.channel = channel == null ? "" : channel;
    String stage = text(node, "properties.stage");
    out.stage = stage == null ? "" : stage;
    out.eventId = text(node, "messageId");
    return null;
  }

  @Override
  String eventIdField() {
    return "messageId";
  }
}
