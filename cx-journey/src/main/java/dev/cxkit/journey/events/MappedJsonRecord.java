package dev.cxkit.journey.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cxkit.model.csv.Rejection;
import org.jspecify.annotations.Nullable;

/** A JSON record read through a {@link JsonMapping}. */
final class MappedJsonRecord extends JsonRecord {
  private final JsonMapping m;

  MappedJsonRecord(JsonMapping m) {
    this.m = m;
  }

  @Override
  @Nullable Rejection extract(JsonNode node, Fields out) {
    out.customer = text(node, m.customer());
    if (out.customer == null) {
      return problem(
          out, m.customer(), shown(at(node, m.customer())), "customer must be a non-empty value");
    }
    JsonNode t = at(node, m.time());
    long time = t == null ? Long.MIN_VALUE : time(t, m.timeFormat());
    if (time == Long.MIN_VALUE) {
      return problem(out, m.time(), shown(t), "time must be " + m.timeFormat().describe());
    }
    out.time = time;
    out.touchpoint = text(node, m.touchpoint());
    if (out.touchpoint == null) {
      return problem(
          out,
          m.touchpoint(),
          shown(at(node, m.touchpoint())),
          "touchpoint must be a non-empty value");
    }
    out.channel = orEmpty(node, m.channel());
    out.type = orEmpty(node, m.type());
    out.stage = orEmpty(node, m.stage());
    if (m.eventId() != null) {
      out.eventId = text(node, m.eventId());
      if (out.eventId == null) {
        return problem(
            out, m.eventId(), shown(at(node, m.eventId())), "event id must be a non-empty value");
      }
    } else {
      out.eventId = null;
    }
    return null;
  }

  private static String orEmpty(JsonNode node, @Nullable String path) {
    if (path == null) {
      return "";
    }
    String s = text(node, path);
    return s == null ? "" : s;
  }

  @Override
  String eventIdField() {
    return m.eventId() == null ? "eventId" : m.eventId();
  }
}
