package dev.cxkit.journey.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cxkit.model.csv.Rejection;
import dev.cxkit.model.internal.Checks;
import org.jspecify.annotations.Nullable;

/** Extracts the attributes of one event from a parsed JSON record, or rejects it. */
abstract class JsonRecord {

  /** Extracted text values; null where a field is absent. Source and line name the record. */
  static final class Fields {
    String source = "input";
    long line = 1;
    @Nullable String customer;
    long time;
    @Nullable String touchpoint;
    String channel = "";
    String type = "";
    String stage = "";
    @Nullable String eventId;

    /** Attribute values, when the mapping has any ({@link #segment} is interned by the reader). */
    boolean attributes;

    final EventAttributes.Values values = new EventAttributes.Values();
    @Nullable String segment;
  }

  /** Fills {@code out} from {@code node}; returns a rejection or null. */
  abstract @Nullable Rejection extract(JsonNode node, Fields out);

  /** A rejection of the record {@code out} names. */
  final Rejection problem(Fields out, String field, String value, String rule) {
    return new Rejection(out.source, Math.max(1, out.line), 0, field, value, rule);
  }

  /** The name of the event id field, for duplicate messages. */
  abstract String eventIdField();

  /** The value at a dotted {@code path}, or null when missing or JSON null. */
  static @Nullable JsonNode at(JsonNode node, String path) {
    JsonNode cur = node;
    int from = 0;
    while (true) {
      int dot = path.indexOf('.', from);
      String name = dot < 0 ? path.substring(from) : path.substring(from, dot);
      cur = cur.get(name);
      if (cur == null || cur.isNull()) {
        return null;
      }
      if (dot < 0) {
        return cur;
      }
      from = dot + 1;
    }
  }

  /** Text of a scalar at {@code path}, or null; objects and arrays are not names. */
  static @Nullable String text(JsonNode node, String path) {
    JsonNode v = at(node, path);
    if (v == null || v.isContainerNode()) {
      return null;
    }
    String s = v.asText();
    return s.isEmpty() ? null : s;
  }

  static String shown(@Nullable JsonNode v) {
    if (v == null) {
      return "";
    }
    return Checks.shortened(v.isTextual() ? v.asText() : v.toString());
  }

  /** Parses a time node; returns Long.MIN_VALUE when it is not a valid time. */
  static long time(JsonNode v, TimeFormat format) {
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      if (format.isEpochMillis()) {
        return v.asLong();
      }
      if (format.isEpochSeconds()) {
        long s = v.asLong();
        return Math.abs(s) < Long.MAX_VALUE / 1000 ? s * 1000L : Long.MIN_VALUE;
      }
      return Long.MIN_VALUE;
    }
    if (!v.isTextual()) {
      return Long.MIN_VALUE;
    }
    try {
      return format.parse(v.asText());
    } catch (IllegalArgumentException e) {
      return Long.MIN_VALUE;
    }
  }
}
