package dev.cxkit.journey.interchange;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.EventDictionaries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** Writes journeys as XES; see {@link Xes}. */
final class XesWriter {
  static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

  private final Journeys journeys;

  XesWriter(Journeys journeys) {
    this.journeys = journeys;
  }

  void write(OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.write("<log xes.version=\"2.0\" xes.features=\"\" xmlns=\"http://www.xes-standard.org/\">\n");
    extension(w, "Concept", "concept");
    extension(w, "Time", "time");
    extension(w, "Organizational", "org");
    w.write("  <global scope=\"trace\">\n");
    w.write("    <string key=\"concept:name\" value=\"__INVALID__\"/>\n");
    w.write("  </global>\n");
    w.write("  <global scope=\"event\">\n");
    w.write("    <string key=\"concept:name\" value=\"__INVALID__\"/>\n");
    w.write("    <date key=\"time:timestamp\" value=\"1970-01-01T00:00:00Z\"/>\n");
    w.write("  </global>\n");
    w.write("  <classifier name=\"Activity\" keys=\"concept:name\"/>\n");
    w.write("  <string key=\"concept:name\" value=\"cxkit journeys\"/>\n");
    EventDictionaries d = journeys.dictionaries();
    Map<Integer, Integer> perCustomer = new HashMap<>();
    for (int j = 0; j < journeys.count(); j++) {
      String customer = d.customers().name(journeys.customer(j));
      int n = perCustomer.merge(journeys.customer(j), 1, Integer::sum);
      w.write("  <trace>\n");
      attribute(w, "    ", "string", "concept:name", customer + "#" + n);
      attribute(w, "    ", "string", "cx:customer", customer);
      attribute(w, "    ", "boolean", "cx:converted", journeys.converted(j) ? "true" : "false");
      for (int i = journeys.start(j); i < journeys.end(j); i++) {
        String channel = d.channels().name(journeys.channel(i));
        w.write("    <event>\n");
        attribute(
            w, "      ", "string", "concept:name", d.touchpoints().name(journeys.touchpoint(i)));
        attribute(
            w,
            "      ",
            "date",
            "time:timestamp",
            TIME.format(Instant.ofEpochMilli(journeys.time(i))));
        attribute(w, "      ", "string", "org:resource", channel);
        attribute(w, "      ", "string", "cx:channel", channel);
        attribute(w, "      ", "string", "cx:type", d.types().name(journeys.type(i)));
        attribute(w, "      ", "string", "cx:stage", d.stages().name(journeys.stage(i)));
        w.write("    </event>\n");
      }
      w.write("  </trace>\n");
    }
    w.write("</log>\n");
    w.flush();
  }

  private static void extension(Writer w, String name, String prefix) throws IOException {
    w.write("  <extension name=\"");
    w.write(name);
    w.write("\" prefix=\"");
    w.write(prefix);
    w.write("\" uri=\"http://www.xes-standard.org/");
    w.write(prefix);
    w.write(".xesext\"/>\n");
  }

  private static void attribute(Writer w, String indent, String type, String key, String value)
      throws IOException {
    w.write(indent);
    w.write('<');
    w.write(type);
    w.write(" key=\"");
    w.write(key);
    w.write("\" value=\"");
    escape(w, XmlText.checked(key, value));
    w.write("\"/>\n");
  }

  /** Attribute-value escaping: markup characters and the whitespace XML would normalise. */
  private static void escape(Writer w, String s) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> w.write("&amp;");
        case '<' -> w.write("&lt;");
        case '>' -> w.write("&gt;");
        case '"' -> w.write("&quot;");
        case '\t' -> w.write("&#9;");
        case '\n' -> w.write("&#10;");
        case '\r' -> w.write("&#13;");
        default -> w.write(c);
      }
    }
  }
}
