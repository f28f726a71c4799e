package dev.cxkit.journey.events;

import static dev.cxkit.model.testing.HostileInputs.HOSTILE_NAME;
import static dev.cxkit.model.testing.HostileInputs.assertRejection;
import static dev.cxkit.model.testing.HostileInputs.crlf;
import static dev.cxkit.model.testing.HostileInputs.loneCr;
import static dev.cxkit.model.testing.HostileInputs.malformed;
import static dev.cxkit.model.testing.HostileInputs.utf8;
import static dev.cxkit.model.testing.HostileInputs.withBom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.IngestReport;
import dev.cxkit.model.csv.RejectPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input classes of issue 14 against the event readers (CSV and JSON Lines): each gives
 * a clear error naming file, line, field, value and rule, or the exact correct result.
 */
class EventReadersHostileInputTest {
  private static final CsvFormat CSV =
      CsvFormat.of("customer", "time", "touchpoint")
          .withChannel("channel")
          .withTimeFormat(TimeFormat.epochMillis())
          .withEventId("id");
  private static final String HEADER = "id,customer,time,touchpoint,channel\n";
  private static final String SRC = "events.csv";

  private record Read(EventLog log, IngestReport report) {}

  private static Read csv(byte[] input, RejectPolicy policy) throws IOException {
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    IngestReport r =
        CsvEventReader.of(CSV, policy).read(new ByteArrayInputStream(input), SRC, d, b);
    return new Read(b.build(), r);
  }

  private static IngestException csvFails(byte[] input) {
    return assertThrows(IngestException.class, () -> csv(input, RejectPolicy.failFast()));
  }

  private static IngestException csvFails(String input) {
    return csvFails(utf8(input));
  }

  @Test
  void emptyAndHeaderOnly() throws IOException {
    assertRejection(
        csvFails("").rejection(), SRC, 1, "header", "", "must start with a header line");
    Read headerOnly = csv(utf8(HEADER), RejectPolicy.failFast());
    assertEquals(0, headerOnly.report().read());
    assertEquals(0, headerOnly.log().size());
  }

  @Test
  void missingAndDuplicateColumns() {
    IngestException missing = csvFails("id,customer,ts,touchpoint,channel\n1,c,1,a,web\n");
    assertRejection(
        missing.rejection(), SRC, 1, "header", "id,customer,ts", "the time column 'time' must be");
    IngestException twice = csvFails("id,customer,time,time,touchpoint,channel\n");
    assertRejection(twice.rejection(), SRC, 1, "header", "time,time", "must appear once");
  }

  @Test
  void wrongSeparatorNamesTheColumnsItSaw() {
    IngestException e = csvFails("id;customer;time;touchpoint;channel\n1;c;1;a;web\n");
    assertRejection(
        e.rejection(), SRC, 1, "header", "id;customer;time", "columns are [id;customer;time");
  }

  @Test
  void bomCrlfAndLoneCrReadExactly() throws IOException {
    String body = HEADER + "1,c,1000,a,web\n2,c,2000,b,\n";
    for (byte[] input : List.of(withBom(body), utf8(crlf(body)), utf8(loneCr(body)))) {
      Read r = csv(input, RejectPolicy.failFast());
      assertEquals(2, r.log().size());
      assertEquals(2000L, r.log().time(1));
      assertEquals("b", r.log().dictionaries().touchpoints().name(r.log().touchpoint(1)));
      assertEquals("", r.log().dictionaries().channels().name(r.log().channel(1)));
    }
  }

  @Test
  void quotesWithSeparatorsAndLineBreaks() throws IOException {
    Read r =
        csv(
            utf8(HEADER + "1,\"c, \"\"x\"\"\",1000,\"multi\nline\",\"web,app\"\n2,c,2000,b,web\n"),
            RejectPolicy.failFast());
    EventDictionaries d = r.log().dictionaries();
    assertEquals("c, \"x\"", d.customers().name(r.log().customer(0)));
    assertEquals("multi\nline", d.touchpoints().name(r.log().touchpoint(0)));
    assertEquals("web,app", d.channels().name(r.log().channel(0)));
    IngestException open = csvFails(HEADER + "1,c,1000,\"never closed,web\n");
    assertRejection(open.rejection(), SRC, 2, "touchpoint", "never closed", "must be closed");
  }

  @Test
  void malformedUtf8NamesLineAndColumn() {
    IngestException e = csvFails(malformed(HEADER + "1,c,1000,caf", ",web\n"));
    assertRejection(e.rejection(), SRC, 2, "touchpoint", "caf", "text must be UTF-8");
    assertEquals(4, e.rejection().column());
  }

  @Test
  void numbersThatAreNotTimes() {
    for (String t :
        new String[] {"-", "NaN", "Infinity", "0x10", "1e3", "1.5", "99999999999999999999"}) {
      IngestException e = csvFails(HEADER + "1,c," + t + ",a,web\n");
      assertRejection(
          e.rejection(),
          SRC,
          2,
          "time",
          t.substring(0, Math.min(t.length(), 20)),
          "time must be epoch-millis");
    }
  }

  @Test
  void impossibleAndOutOfRangeDates() {
    CsvFormat iso = CSV.withTimeFormat(TimeFormat.iso(java.time.ZoneOffset.UTC));
    for (String t :
        new String[] {
          "2023-02-31T10:00:00Z", "+999999999-12-31T23:59:59Z", "2023-13-01T00:00:00Z"
        }) {
      IngestException e =
          assertThrows(
              IngestException.class,
              () ->
                  CsvEventReader.of(iso, RejectPolicy.failFast())
                      .read(
                          new ByteArrayInputStream(utf8(HEADER + "1,c," + t + ",a,web\n")),
                          SRC,
                          new EventDictionaries(),
                          EventLog.builder(new EventDictionaries())));
      assertRejection(
          e.rejection(),
          SRC,
          2,
          "time",
          t,
          t.startsWith("+") ? "epoch-millisecond range" : "time must be ISO-8601");
    }
  }

  @Test
  void duplicateIdsKeepTheFirst() throws IOException {
    Read r = csv(utf8(HEADER + "e1,c,1,a,web\ne1,c,2,b,web\n"), RejectPolicy.skipAndReport());
    assertEquals(1, r.log().size());
    assertRejection(r.report().rejections().get(0), SRC, 3, "id", "e1", "must be unique");
  }

  @Test
  void veryLongLinesAndFields() throws IOException {
    Read r =
        csv(utf8(HEADER + "1,c,1," + "t".repeat(1_000_000) + ",web\n"), RejectPolicy.failFast());
    assertEquals(1_000_000, r.log().dictionaries().touchpoints().name(0).length());
    IngestException e =
        assertThrows(
            IngestException.class,
            () ->
                CsvEventReader.of(CSV, RejectPolicy.failFast())
                    .read(
                        new java.io.SequenceInputStream(
                            new ByteArrayInputStream(utf8(HEADER + "1,c,1,")),
                            new ByteArrayInputStream(new byte[17 << 20])),
                        SRC,
                        new EventDictionaries(),
                        EventLog.builder(new EventDictionaries())));
    assertRejection(
        e.rejection(), SRC, 2, "record", "1,c,1,", "record must be at most 16777216 bytes");
  }

  @Test
  void markupAndControlCharactersInNamesAreKeptExactAndShownEscaped() throws IOException {
    Read r = csv(utf8(HEADER + "1," + HOSTILE_NAME + ",1,a,web\n"), RejectPolicy.failFast());
    assertEquals(HOSTILE_NAME, r.log().dictionaries().customers().name(0));
    IngestException e = csvFails(HEADER + "1,c,1," + HOSTILE_NAME + ",web\n2,c,x,a,web\n");
    assertRejection(e.rejection(), SRC, 3, "time", "x", "time must be");
    IngestException header = csvFails("id," + HOSTILE_NAME + ",touchpoint\n");
    assertRejection(header.rejection(), SRC, 1, "header", "<script>", "must be in the header");
    assertTrue(header.getMessage().contains("[U+001B][31m"), header.getMessage());
  }

  @Test
  void jsonLinesHostileClasses() throws IOException {
    JsonEventReader reader =
        JsonEventReader.of(
            JsonMapping.of("user", "ts", "page").withTimeFormat(TimeFormat.epochMillis()),
            RejectPolicy.skipAndReport());
    String src = "events.jsonl";
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    byte[] input =
        dev.cxkit.model.testing.HostileInputs.concat(
            withBom(
                crlf(
                    "{\"user\":\""
                        + HOSTILE_NAME.replace("\u001B", "\\u001b").replace("\u0007", "\\u0007")
                        + "\",\"ts\":1,\"page\":\"a\"}\n"
                        + "{\"user\":\"u\",\"ts\":\"NaN\",\"page\":\"a\"}\n"
                        + "{\"user\":\"u\",\"ts\":1e400,\"page\":\"a\"}\n"
                        + "{\"user\":\"u\",\"ts\":1,\"page\":\"a\",\"page\":\"b\"}\n"
                        + "not json\n")),
            malformed("{\"user\":\"caf", "\",\"ts\":2,\"page\":\"a\"}\n"));
    IngestReport r = reader.read(new ByteArrayInputStream(input), src, d, b);
    EventLog log = b.build();
    assertEquals(HOSTILE_NAME, d.customers().name(log.customer(0)));
    assertRejection(r.rejections().get(0), src, 2, "ts", "NaN", "time must be epoch-millis");
    assertRejection(r.rejections().get(1), src, 3, "ts", "", "time must be epoch-millis");
    assertRejection(r.rejections().get(2), src, 4, "record", "page", "Duplicate field 'page'");
    assertEquals(5, r.rejections().get(3).line());
    assertRejection(
        r.rejections().get(r.rejections().size() - 1),
        src,
        6,
        "record",
        "caf",
        "text must be UTF-8");
    IngestException empty =
        assertThrows(
            IngestException.class,
            () -> reader.read(new ByteArrayInputStream(new byte[0]), src, d, EventLog.builder(d)));
    assertRejection(empty.rejection(), src, 1, "input", "", "was empty");
  }
}
