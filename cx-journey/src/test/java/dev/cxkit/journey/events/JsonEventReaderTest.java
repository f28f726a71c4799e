package dev.cxkit.journey.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.IngestReport;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.csv.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JsonEventReaderTest {

  private record Read(EventLog log, IngestReport report) {}

  private static Read read(JsonEventReader reader, String json) throws IOException {
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    IngestReport r =
        reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), d, b);
    return new Read(b.build(), r);
  }

  @Test
  void jsonLinesWithMappedNestedFieldsAndRecoverableErrors() throws IOException {
    JsonMapping m =
        JsonMapping.of("user", "ts", "page")
            .withChannel("ctx.channel")
            .withTimeFormat(TimeFormat.iso(ZoneOffset.UTC));
    String jsonl =
        "{\"user\":\"u1\",\"ts\":\"2023-11-14T22:13:20Z\",\"page\":\"home\",\"ctx\":{\"channel\":\"web\"}}\n"
            + "\n"
            + "{\"user\":\"u1\",\"ts\":\"2023-11-14T22:13:20Z\"\n" // line 3 malformed
            + "{\"user\":42,\"ts\":\"2023-11-14T22:14:20Z\",\"page\":\"cart\"}\n" // numeric
            // customer ok
            + "{\"user\":\"u2\",\"ts\":\"soon\",\"page\":\"x\"}\n" // line 5 bad time
            + "[1,2]\n"; // line 6 not an object
    Read r = read(JsonEventReader.of(m, RejectPolicy.skipAndReport()), jsonl);
    assertEquals(2, r.log().size());
    assertEquals(5, r.report().read());
    assertEquals(3, r.report().rejections().get(0).line());
    assertEquals(
        new Rejection("input", 5, 0, "ts", "soon", "time must be ISO-8601 (zone Z)"),
        r.report().rejections().get(1));
    assertEquals(
        new Rejection("input", 6, 0, "record", "[1,2]", "record must be a JSON object"),
        r.report().rejections().get(2));
    EventDictionaries d = r.log().dictionaries();
    assertEquals("42", d.customers().name(r.log().customer(1)));
    assertEquals("web", d.channels().name(r.log().channel(0)));
    assertEquals("", d.channels().name(r.log().channel(1)));
  }

  @Test
  void segmentCallsFromAnArray() throws IOException {
    // Shapes from the Segment Spec (segment.com/docs/connections/spec/track, /page, /identify)
    String json =
        "[\n"
            + "{\"type\":\"track\",\"event\":\"Order Completed\",\"userId\":\"u1\",\"messageId\":\"m1\","
            + "\"timestamp\":\"2023-11-14T22:13:20Z\",\"properties\":{\"channel\":\"app\"}},\n"
            + "{\"type\":\"page\",\"name\":\"Home\",\"anonymousId\":\"a9\",\"messageId\":\"m2\","
            + "\"originalTimestamp\":\"2023-11-14T22:13:21Z\",\"context\":{\"channel\":\"browser\"}},\n"
            + "{\"type\":\"identify\",\"userId\":\"u1\",\"messageId\":\"m3\",\"timestamp\":\"2023-11-14T22:13:22Z\"},\n"
            + "{\"type\":\"track\",\"event\":\"Order Completed\",\"userId\":\"u1\",\"messageId\":\"m1\",\"timestamp\":\"2023-11-14T22:13:20Z\"},\n"
            + "{\"type\":\"track\",\"event\":\"Viewed\",\"messageId\":\"m4\",\"timestamp\":\"2023-11-14T22:13:20Z\"}\n"
            + "]";
    Read r = read(JsonEventReader.segment(RejectPolicy.skipAndReport()), json);
    assertEquals(2, r.log().size());
    EventDictionaries d = r.log().dictionaries();
    assertEquals("Order Completed", d.touchpoints().name(r.log().touchpoint(0)));
    assertEquals("app", d.channels().name(r.log().channel(0)));
    assertEquals("track", d.types().name(r.log().type(0)));
    assertEquals("a9", d.customers().name(r.log().customer(1)));
    assertEquals("browser", d.channels().name(r.log().channel(1)));
    assertEquals(3, r.report().rejected());
    assertEquals(4, r.report().rejections().get(0).line());
    assertEquals("type", r.report().rejections().get(0).field());
    assertEquals(
        new Rejection(
            "input",
            5,
            0,
            "messageId",
            "m1",
            "messageId must be unique; the first record with this id was kept"),
        r.report().rejections().get(1));
    assertEquals(
        new Rejection("input", 6, 0, "userId", "", "userId or anonymousId must be present"),
        r.report().rejections().get(2));
  }

  @Test
  void xapiStatements() throws IOException {
    // Statement shapes from the xAPI 1.0.3 specification, section 2.4 (actor, verb, object)
    String jsonl =
        "{\"id\":\"s1\",\"actor\":{\"mbox\":\"mailto:ann@example.com\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
            + "\"object\":{\"id\":\"http://example.com/course/1\"},\"timestamp\":\"2023-11-14T22:13:20Z\",\"context\":{\"platform\":\"LMS\"}}\n"
            + "{\"id\":\"s2\",\"actor\":{\"account\":{\"homePage\":\"http://lms.example.com\",\"name\":\"7\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attempted\"},"
            + "\"object\":{\"id\":\"http://example.com/quiz\"},\"stored\":\"2023-11-14T22:13:21Z\"}\n"
            + "{\"id\":\"s3\",\"actor\":{\"mbox\":\"mailto:ann@example.com\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},"
            + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"s1\"},\"timestamp\":\"2023-11-14T22:13:22Z\"}\n"
            + "{\"id\":\"s4\",\"actor\":{\"name\":\"nobody\"},\"verb\":{\"id\":\"v\"},\"object\":{\"id\":\"o\"},\"timestamp\":\"2023-11-14T22:13:22Z\"}\n";
    Read r = read(JsonEventReader.xapi(RejectPolicy.skipAndReport()), jsonl);
    assertEquals(2, r.log().size());
    EventDictionaries d = r.log().dictionaries();
    assertEquals("mailto:ann@example.com", d.customers().name(r.log().customer(0)));
    assertEquals("http://lms.example.com|7", d.customers().name(r.log().customer(1)));
    assertEquals("http://adlnet.gov/expapi/verbs/completed", d.types().name(r.log().type(0)));
    assertEquals("LMS", d.channels().name(r.log().channel(0)));
    assertEquals(1_700_000_001_000L, r.log().time(1));
    assertEquals("voiding statements are not events", r.report().rejections().get(0).rule());
    assertEquals("actor", r.report().rejections().get(1).field());
  }

  @Test
  void emptyInputAndMalformedArrayAreErrors() {
    IngestException e =
        assertThrows(
            IngestException.class,
            () -> read(JsonEventReader.xapi(RejectPolicy.failFast()), " \n"));
    assertTrue(
        e.getMessage()
            .startsWith(
                "input: line 1, field input, value '': xAPI input must hold JSON Lines or a JSON"
                    + " array of records, was empty"),
        e.getMessage());
    e =
        assertThrows(
            IngestException.class,
            () -> read(JsonEventReader.segment(RejectPolicy.failFast()), "[\n{\"type\":\n"));
    assertTrue(e.getMessage().contains("input must be valid JSON"), e.getMessage());
    e =
        assertThrows(
            IngestException.class,
            () -> read(JsonEventReader.segment(RejectPolicy.failFast()), "{\"type\":\"alias\"}"));
    assertEquals(1, e.rejection().line());
  }
}
