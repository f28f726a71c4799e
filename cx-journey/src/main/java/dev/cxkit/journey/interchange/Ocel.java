package dev.cxkit.journey.interchange;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.EventDictionaries;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Journeys as an OCEL 2.0 object-centric event log in its JSON format (ocel-standard.org), streamed
 * (no tree in memory).
 *
 * <p>Object types: {@code customer} and {@code journey} (attribute {@code converted}, a boolean,
 * valued at the journey's first event). Objects: one per customer (id = the customer key) and one
 * per journey (id = {@code customer#n}, the customer's n-th journey) related to its customer with
 * the qualifier {@code "journey of"}. Event types: one per touchpoint (the activity), with the
 * string attributes {@code channel}, {@code type} and {@code stage}. Events: one per journey event,
 * id {@code e1}, {@code e2}, … in journey order, with its time (UTC, milliseconds) and
 * relationships to its customer (qualifier {@code "customer"}) and its journey ({@code "journey"}).
 * The output validates against the OCEL 2.0 JSON schema (checked in the tests).
 *
 * <pre>{@code
 * Ocel.write(journeys, Path.of("journeys.jsonocel"));
 * }</pre>
 */
public final class Ocel {
  private Ocel() {}

  /** Writes {@code journeys} as OCEL 2.0 JSON to {@code file} (UTF-8). */
  public static void write(Journeys journeys, Path file) throws IOException {
    checkNotNull(journeys, "journeys");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      write(journeys, out);
    }
  }

  /** Writes {@code journeys} as OCEL 2.0 JSON to {@code out}; the stream stays open. */
  public static void write(Journeys journeys, OutputStream out) throws IOException {
    checkNotNull(journeys, "journeys");
    EventDictionaries d = journeys.dictionaries();
    JsonFactory factory = new JsonFactory();
    factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("objectTypes");
      type(g, "customer");
      type(g, "journey", "converted", "boolean");
      g.writeEndArray();
      g.writeArrayFieldStart("eventTypes");
      TreeSet<String> activities = new TreeSet<>();
      for (int i = 0; i < journeys.eventCount(); i++) {
        activities.add(d.touchpoints().name(journeys.touchpoint(i)));
      }
      for (String a : activities) {
        type(g, a, "channel", "string", "type", "string", "stage", "string");
      }
      g.writeEndArray();
      g.writeArrayFieldStart("objects");
      boolean[] customerWritten = new boolean[d.customers().size()];
      Map<Integer, Integer> perCustomer = new HashMap<>();
      String[] journeyIds = new String[journeys.count()];
      for (int j = 0; j < journeys.count(); j++) {
        int c = journeys.customer(j);
        String customer = d.customers().name(c);
        if (!customerWritten[c]) {
          customerWritten[c] = true;
          g.writeStartObject();
          g.writeStringField("id", customer);
          g.writeStringField("type", "customer");
          g.writeEndObject();
        }
        journeyIds[j] = customer + "#" + perCustomer.merge(c, 1, Integer::sum);
        g.writeStartObject();
        g.writeStringField("id", journeyIds[j]);
        g.writeStringField("type", "journey");
        g.writeArrayFieldStart("attributes");
        g.writeStartObject();
        g.writeStringField("name", "converted");
        g.writeStringField(
            "time", time(journeys.length(j) > 0 ? journeys.time(journeys.start(j)) : 0));
        g.writeBooleanField("value", journeys.converted(j));
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("relationships");
        relationship(g, customer, "journey of");
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("events");
      long id = 0;
      for (int j = 0; j < journeys.count(); j++) {
        String customer = d.customers().name(journeys.customer(j));
        for (int i = journeys.start(j); i < journeys.end(j); i++) {
          g.writeStartObject();
          g.writeStringField("id", "e" + ++id);
          g.writeStringField("type", d.touchpoints().name(journeys.touchpoint(i)));
          g.writeStringField("time", time(journeys.time(i)));
          g.writeArrayFieldStart("attributes");
          attribute(g, "channel", d.channels().name(journeys.channel(i)));
          attribute(g, "type", d.types().name(journeys.type(i)));
          attribute(g, "stage", d.stages().name(journeys.stage(i)));
          g.writeEndArray();
          g.writeArrayFieldStart("relationships");
          relationship(g, customer, "customer");
          relationship(g, journeyIds[j], "journey");
          g.writeEndArray();
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static String time(long epochMillis) {
    return XesWriter.TIME.format(Instant.ofEpochMilli(epochMillis));
  }

  private static void type(JsonGenerator g, String name, String... attributes) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeArrayFieldStart("attributes");
    for (int i = 0; attributes != null && i + 1 < attributes.length; i += 2) {
      g.writeStartObject();
      g.writeStringField("name", attributes[i]);
      g.writeStringField("type", attributes[i + 1]);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void attribute(JsonGenerator g, String name, String value) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeStringField("value", value);
    g.writeEndObject();
  }

  private static void relationship(JsonGenerator g, String objectId, String qualifier)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("objectId", objectId);
    g.writeStringField("qualifier", qualifier);
    g.writeEndObject();
  }
}
