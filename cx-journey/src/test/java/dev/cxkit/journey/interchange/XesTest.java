package dev.cxkit.journey.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.model.csv.IngestException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

class XesTest {

  /** The IEEE 1849-2016 schema (test resource, see SOURCE.md) in XES's default namespace. */
  static Schema schema() throws Exception {
    String xsd;
    try (InputStream in = XesTest.class.getResourceAsStream("xes-ieee-1849-2016.xsd")) {
      xsd = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    xsd =
        xsd.replace(
            "elementFormDefault=\"qualified\">",
            "elementFormDefault=\"qualified\" targetNamespace=\"http://www.xes-standard.org/\""
                + " xmlns=\"http://www.xes-standard.org/\">");
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    return f.newSchema(new StreamSource(new StringReader(xsd)));
  }

  static void assertValid(byte[] xes) throws Exception {
    schema()
        .newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(xes), "journeys.xes"));
  }

  private static final String[] NAMES = {
    "search", "e-mail \"promo\"", "a<b>&c", "café ☕", "line\nbreak", "tab\there", "  spaced  ", "x"
  };

  /** A seeded random log: customers, touchpoints with hostile names, times in order. */
  static EventLog randomLog(SplittableRandom random, EventDictionaries dict) {
    EventLog.Builder b = EventLog.builder(dict);
    int customers = 1 + random.nextInt(6);
    for (int c = 0; c < customers; c++) {
      long t = 1_700_000_000_000L + random.nextInt(1_000_000);
      int events = 1 + random.nextInt(7);
      for (int e = 0; e < events; e++) {
        t += random.nextInt(3) == 0 ? 0 : random.nextInt(5_000_000); // ties too
        b.add(
            "cust " + NAMES[random.nextInt(NAMES.length)] + c,
            t,
            NAMES[random.nextInt(NAMES.length)],
            random.nextBoolean() ? "" : NAMES[random.nextInt(NAMES.length)],
            random.nextBoolean() ? "view" : "buy",
            random.nextBoolean() ? "" : "stage " + random.nextInt(3));
      }
    }
    return b.build();
  }

  record Event(
      String customer, long time, String touchpoint, String channel, String type, String stage) {}

  static List<Event> events(Journeys js) {
    EventDictionaries d = js.dictionaries();
    List<Event> out = new ArrayList<>();
    for (int j = 0; j < js.count(); j++) {
      for (int i = js.start(j); i < js.end(j); i++) {
        out.add(
            new Event(
                d.customers().name(js.customer(j)),
                js.time(i),
                d.touchpoints().name(js.touchpoint(i)),
                d.channels().name(js.channel(i)),
                d.types().name(js.type(i)),
                d.stages().name(js.stage(i))));
      }
    }
    return out;
  }

  static List<Event> events(EventLog log) {
    EventDictionaries d = log.dictionaries();
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < log.size(); i++) {
      out.add(
          new Event(
              d.customers().name(log.customer(i)),
              log.time(i),
              d.touchpoints().name(log.touchpoint(i)),
              d.channels().name(log.channel(i)),
              d.types().name(log.type(i)),
              d.stages().name(log.stage(i))));
    }
    return out;
  }

  static byte[] xes(Journeys js) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Xes.write(js, out);
    return out.toByteArray();
  }

  static EventLog read(byte[] xes) throws IOException {
    EventDictionaries dict = new EventDictionaries();
    EventLog.Builder log = EventLog.builder(dict);
    Xes.read(new ByteArrayInputStream(xes), "log.xes", dict, log);
    return log.build();
  }

  static IngestException rejected(String xes) {
    return assertThrows(IngestException.class, () -> read(xes.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void randomJourneysRoundTripAndValidateAgainstTheXesSchema() throws Exception {
    SplittableRandom random = new SplittableRandom(1849);
    for (int trial = 0; trial < 40; trial++) {
      EventDictionaries dict = new EventDictionaries();
      SplitRules rules =
          random.nextBoolean()
              ? SplitRules.none()
              : SplitRules.none().withInactivityGap(Duration.ofMinutes(30));
      Journeys js = JourneyAssembler.assemble(randomLog(random, dict), rules, TieBreak.ARRIVAL);
      byte[] xes = xes(js);
      assertValid(xes);
      assertEquals(events(js), events(read(xes)), "trial " + trial);
    }
  }

  @Test
  void readsAProcessMiningToolsLog() throws Exception {
    // the shape pm4py and ProM write: org:resource and lifecycle:transition, offsets, no cx: keys
    String xes =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <log xes.version="1849.2016" xmlns="http://www.xes-standard.org/">
          <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
          <trace>
            <string key="concept:name" value="case-1"/>
            <event>
              <string key="concept:name" value="register"/>
              <string key="org:resource" value="Pete"/>
              <string key="lifecycle:transition" value="complete"/>
              <date key="time:timestamp" value="2010-12-30T11:02:00.000+01:00"/>
            </event>
            <event>
              <string key="concept:name" value="check"/>
              <date key="time:timestamp" value="2010-12-31T10:06:00Z"/>
              <string key="note" value="v"><string key="concept:name" value="nested, ignored"/></string>
            </event>
          </trace>
        </log>
        """;
    byte[] bytes = xes.getBytes(StandardCharsets.UTF_8);
    assertValid(bytes);
    List<Event> e = events(read(bytes));
    assertEquals(
        List.of(
            new Event("case-1", 1_293_703_320_000L, "register", "Pete", "complete", ""),
            new Event("case-1", 1_293_789_960_000L, "check", "", "", "")),
        e);
  }

  @Test
  void eventsOutOfOrderNameTheTraceEventValueAndRule() {
    IngestException e =
        rejected(
            """
            <log xes.version="2.0"><trace><string key="concept:name" value="c1"/>
            <event><string key="concept:name" value="a"/><date key="time:timestamp" value="2024-01-02T00:00:00Z"/></event>
            <event><string key="concept:name" value="b"/><date key="time:timestamp" value="2024-01-01T00:00:00Z"/></event>
            </trace></log>
            """);
    assertEquals(
        "log.xes: line 3, field trace 'c1' event 2 time:timestamp (column 8), value"
            + " '2024-01-01T00:00:00Z': events of a trace must be in time order, was before the"
            + " previous event's 2024-01-02T00:00:00Z",
        e.getMessage());
  }

  @Test
  void missingTimestampsAndNamesAreErrors() {
    IngestException e =
        rejected(
            "<log xes.version=\"2.0\"><trace><string key=\"concept:name\" value=\"c1\"/>"
                + "<event><string key=\"concept:name\" value=\"a\"/></event></trace></log>");
    assertTrue(
        e.getMessage()
            .endsWith(
                "field trace 'c1' event 1 time:timestamp (column 77), value '': every event needs"
                    + " its own time:timestamp (when it happened)"),
        e.getMessage());
    e =
        rejected(
            "<log xes.version=\"2.0\"><trace><event><string key=\"concept:name\" value=\"a\"/>"
                + "</event></trace></log>");
    assertTrue(
        e.getMessage().contains("a trace needs a concept:name (or cx:customer) before its first"),
        e.getMessage());
    e =
        rejected(
            "<log xes.version=\"2.0\"><trace><string key=\"concept:name\" value=\"c1\"/><event>"
                + "<date key=\"time:timestamp\" value=\"yesterday\"/></event></trace></log>");
    assertTrue(
        e.getMessage().contains("value 'yesterday': time:timestamp must be an xs:dateTime"),
        e.getMessage());
    e =
        rejected(
            "<log xes.version=\"2.0\"><event><string key=\"concept:name\" value=\"a\"/></event>"
                + "</log>");
    assertTrue(e.getMessage().contains("events must be inside a <trace>"), e.getMessage());
    e = rejected("<journeys/>");
    assertTrue(e.getMessage().contains("the root element must be <log>"), e.getMessage());
  }

  @Test
  void externalEntitiesAndDtdsAreRefused() throws IOException {
    java.nio.file.Path secret = java.nio.file.Files.createTempFile("cx-secret", ".txt");
    java.nio.file.Files.writeString(secret, "TOP SECRET");
    try {
      IngestException e =
          rejected(
              "<?xml version=\"1.0\"?><!DOCTYPE log [<!ENTITY xxe SYSTEM \""
                  + secret.toUri()
                  + "\">]><log xes.version=\"2.0\"><trace><string key=\"concept:name\""
                  + " value=\"&xxe;\"/></trace></log>");
      assertTrue(!e.getMessage().contains("TOP SECRET"), e.getMessage());
      assertTrue(e.getMessage().startsWith("log.xes: line 1"), e.getMessage());
      // billion laughs: refused at the DTD, nothing expanded
      e =
          rejected(
              "<?xml version=\"1.0\"?><!DOCTYPE log [<!ENTITY a \"aaaaaaaaaa\">"
                  + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><log xes.version=\"2.0\">"
                  + "<string key=\"k\" value=\"&b;\"/></log>");
      assertTrue(e.getMessage().startsWith("log.xes: line 1"), e.getMessage());
    } finally {
      java.nio.file.Files.delete(secret);
    }
  }

  @Test
  void malformedXmlNamesLineAndColumn() {
    IngestException e =
        rejected(
            "<log xes.version=\"2.0\">\n<trace><string key=\"concept:name\" value=\"c\"/>\n"
                + "<event></trace></log>");
    assertTrue(e.getMessage().startsWith("log.xes: line 3, field document"), e.getMessage());
    assertTrue(e.getMessage().contains("must be well-formed XML"), e.getMessage());
  }

  @Test
  void aNameXmlCannotCarryIsAnErrorOnExport() {
    EventDictionaries dict = new EventDictionaries();
    EventLog log = EventLog.builder(dict).add("c1", 1L, "bell\u0007", "", "", "").build();
    Journeys js = JourneyAssembler.assemble(log, SplitRules.none(), TieBreak.ARRIVAL);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> xes(js));
    assertEquals(
        "concept:name must hold only characters allowed in XML 1.0, was U+0007 at position 4",
        e.getMessage());
  }
}
