package dev.cxkit.journey.interchange;

import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventSink;
import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/** Streams the events of an XES log into a sink; see {@link Xes} for the rules. */
final class XesReader {
  private final String source;
  private final EventDictionaries dictionaries;
  private final EventSink sink;
  private @Nullable XMLStreamReader xml;

  XesReader(String source, EventDictionaries dictionaries, EventSink sink) {
    this.source = source;
    this.dictionaries = dictionaries;
    this.sink = sink;
  }

  /** An XML input factory that reads no DTD and resolves no external entity. */
  static XMLInputFactory safeFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setXMLResolver(
        (publicId, systemId, base, namespace) -> {
          throw new XMLStreamException("external entities are not read, was " + systemId);
        });
    return f;
  }

  long read(InputStream in) throws IOException {
    long events = 0;
    try {
      XMLStreamReader r = safeFactory().createXMLStreamReader(in);
      xml = r;
      int depth = 0;
      boolean sawLog = false;
      int traces = 0;
      @Nullable String traceName = null;
      @Nullable String traceCustomer = null;
      int eventInTrace = 0;
      long lastTime = Long.MIN_VALUE;
      boolean inTrace = false;
      Map<String, String> event = null;
      int eventDepth = -1;
      int traceDepth = -1;
      Location eventStart = null;
      while (r.hasNext()) {
        int kind = r.next();
        if (kind == XMLStreamConstants.DTD) {
          throw reject(r.getLocation(), "document", "<!DOCTYPE>", "XES logs must not have a DTD");
        }
        if (kind == XMLStreamConstants.ENTITY_REFERENCE) {
          throw reject(
              r.getLocation(),
              "document",
              "&" + r.getLocalName() + ";",
              "entity references are not read (only XML's predefined ones)");
        }
        if (kind == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String name = r.getLocalName();
          if (depth == 1) {
            if (!name.equals("log")) {
              throw reject(r.getLocation(), "root", name, "the root element must be <log>");
            }
            sawLog = true;
          } else if (name.equals("trace") && depth == 2) {
            inTrace = true;
            traceDepth = depth;
            traces++;
            traceName = null;
            traceCustomer = null;
            eventInTrace = 0;
            lastTime = Long.MIN_VALUE;
          } else if (name.equals("event") && depth == 2) {
            throw reject(
                r.getLocation(),
                "event",
                "",
                "events must be inside a <trace> to belong to a case");
          } else if (name.equals("event") && inTrace && depth == traceDepth + 1) {
            event = new HashMap<>();
            eventDepth = depth;
            eventStart = r.getLocation();
            eventInTrace++;
            if (traceCustomer == null && traceName == null) {
              throw reject(
                  r.getLocation(),
                  "trace " + traces,
                  "",
                  "a trace needs a concept:name (or cx:customer) before its first event");
            }
          } else if (isAttribute(name)) {
            String key = r.getAttributeValue(null, "key");
            String value = r.getAttributeValue(null, "value");
            if (event != null && depth == eventDepth + 1 && key != null && value != null) {
              event.put(key, value);
            } else if (inTrace && event == null && depth == traceDepth + 1 && key != null) {
              if (key.equals("concept:name")) {
                traceName = value;
              } else if (key.equals("cx:customer")) {
                traceCustomer = value;
              }
            }
          }
        } else if (kind == XMLStreamConstants.END_ELEMENT) {
          if (event != null && depth == eventDepth) {
            String trace =
                traceCustomer != null
                    ? traceCustomer
                    : java.util.Objects.requireNonNull(traceName, "checked at the event's start");
            String where = "trace '" + traceName + "' event " + eventInTrace;
            long time = time(eventStart, where, event.get("time:timestamp"));
            if (time < lastTime) {
              throw reject(
                  eventStart,
                  where + " time:timestamp",
                  java.util.Objects.requireNonNullElse(event.get("time:timestamp"), ""),
                  "events of a trace must be in time order, was before the previous event's "
                      + XesWriter.TIME.format(java.time.Instant.ofEpochMilli(lastTime)));
            }
            lastTime = time;
            String activity = event.get("concept:name");
            if (activity == null || activity.isEmpty()) {
              throw reject(
                  eventStart,
                  where + " concept:name",
                  activity == null ? "" : activity,
                  "every event needs a non-empty concept:name (its activity)");
            }
            sink.accept(
                dictionaries.customers().intern(trace),
                time,
                dictionaries.touchpoints().intern(activity),
                dictionaries.channels().intern(first(event, "cx:channel", "org:resource")),
                dictionaries.types().intern(first(event, "cx:type", "lifecycle:transition")),
                dictionaries.stages().intern(first(event, "cx:stage", null)));
            events++;
            event = null;
          } else if (inTrace && depth == traceDepth) {
            inTrace = false;
          }
          depth--;
        }
      }
      if (!sawLog) {
        throw new IngestException(
            new Rejection(source, 1, 0, "document", "", "an XES log must have a <log> element"));
      }
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
      int cut = message.indexOf("Message: ");
      throw new IngestException(
          new Rejection(
              source,
              at != null && at.getLineNumber() > 0 ? at.getLineNumber() : 1,
              at != null ? Math.max(0, at.getColumnNumber()) : 0,
              "document",
              "",
              "must be well-formed XML without DTD: "
                  + (cut >= 0 ? message.substring(cut + 9) : message)));
    } catch (IllegalArgumentException e) {
      Location at = xml != null ? xml.getLocation() : null;
      throw new IngestException(
          new Rejection(
              source,
              at != null && at.getLineNumber() > 0 ? at.getLineNumber() : 1,
              0,
              "event",
              "",
              e.getMessage() == null ? "event refused" : e.getMessage()));
    }
    return events;
  }

  private static boolean isAttribute(String name) {
    switch (name) {
      case "string", "date", "int", "float", "boolean", "id" -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private static String first(Map<String, String> event, String key, @Nullable String fallback) {
    String v = event.get(key);
    if (v == null && fallback != null) {
      v = event.get(fallback);
    }
    return v == null ? "" : v;
  }

  private long time(@Nullable Location at, String where, @Nullable String value)
      throws IngestException {
    if (value == null) {
      throw reject(
          at,
          where + " time:timestamp",
          "",
          "every event needs its own time:timestamp (when it happened)");
    }
    try {
      return OffsetDateTime.parse(value).toInstant().toEpochMilli();
    } catch (DateTimeException e) {
      try {
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC).toEpochMilli();
      } catch (DateTimeException e2) {
        throw reject(
            at,
            where + " time:timestamp",
            value,
            "time:timestamp must be an xs:dateTime such as 2026-01-31T09:30:00.000+01:00");
      }
    } catch (ArithmeticException e) {
      throw reject(at, where + " time:timestamp", value, "time:timestamp must be in epoch range");
    }
  }

  private IngestException reject(@Nullable Location at, String element, String value, String rule) {
    long line = at != null && at.getLineNumber() > 0 ? at.getLineNumber() : 1;
    int column = at != null ? Math.max(0, at.getColumnNumber()) : 0;
    return new IngestException(new Rejection(source, line, column, element, value, rule));
  }
}
