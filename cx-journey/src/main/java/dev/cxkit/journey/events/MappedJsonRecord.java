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
    JsonMapping.AttributePaths a = m.attributes();
    out.attributes = a.any();
    return out.attributes ? attributes(node, a, out) : null;
  }

  private @Nullable Rejection attributes(JsonNode node, JsonMapping.AttributePaths a, Fields out) {
    EventAttributes.Values v = out.values;
    v.clear();
    v.emotionScale = a.emotionScale();
    v.scoreScale = a.scoreScale();
    out.segment = a.segment() == null ? null : text(node, a.segment());
    String field = null;
    try {
      field = a.emotion();
      String e = field == null ? null : text(node, field);
      if (e != null) {
        v.emotion = EventAttributes.valence(e, checkNotNullScale(a.emotionScale()));
      }
      field = a.score();
      String s = field == null ? null : text(node, field);
      if (s != null) {
        v.score = EventAttributes.score(s, checkNotNullScale(a.scoreScale()));
      }
      field = a.value();
      JsonNode val = field == null ? null : at(node, field);
      if (val != null) {
        if (!val.isNumber() || !Double.isFinite(val.asDouble())) {
          return problem(out, field, shown(val), "value must be a finite number");
        }
        v.value = val.asDouble();
      }
      field = a.outcome();
      JsonNode o = field == null ? null : at(node, field);
      if (o != null) {
        v.outcome = o.isBoolean() ? (o.asBoolean() ? 1 : 0) : EventAttributes.outcome(o.asText());
      }
    } catch (IllegalArgumentException e) {
      String f = field == null ? "record" : field;
      return problem(out, f, shown(at(node, f)), String.valueOf(e.getMessage()));
    }
    return null;
  }

  private static <T> T checkNotNullScale(@Nullable T scale) {
    if (scale == null) {
      throw new IllegalStateException("an attribute path without its scale");
    }
    return scale;
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
