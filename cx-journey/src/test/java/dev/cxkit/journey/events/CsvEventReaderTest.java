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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvEventReaderTest {
  /** Small epoch-millisecond times, so the format is given (detection would read seconds). */
  private static final CsvFormat MILLIS =
      CsvFormat.of("customer", "time", "touchpoint").withTimeFormat(TimeFormat.epochMillis());

  private static final CsvFormat FORMAT = MILLIS.withChannel("channel");

  private static EventLog read(
      String csv, CsvFormat format, RejectPolicy policy, IngestReport[] report) throws IOException {
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    report[0] =
        CsvEventReader.of(format, policy)
            .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), d, b);
    return b.build();
  }

  @Test
  void readsQuotedFieldsCrlfBomAndIgnoresUnmappedColumns() throws IOException {
    String csv =
        "\uFEFFcustomer,extra,time,touchpoint,channel\r\n"
            + "c1,x,1000,\"web, home\",web\r\n"
            + "\r\n"
            + "\"c2\",\"say \"\"hi\"\"\",2000,\"multi\nline\",\"\"\r\n";
    IngestReport[] r = new IngestReport[1];
    EventLog log = read(csv, FORMAT, RejectPolicy.failFast(), r);
    assertEquals(2, log.size());
    assertEquals(2, r[0].read());
    assertEquals(2, r[0].accepted());
    assertEquals(List.of("time format: epoch-millis"), r[0].notes());
    EventDictionaries d = log.dictionaries();
    assertEquals("web, home", d.touchpoints().name(log.touchpoint(0)));
    assertEquals("multi\nline", d.touchpoints().name(log.touchpoint(1)));
    assertEquals("", d.channels().name(log.channel(1)));
    assertEquals(2000L, log.time(1));
    assertEquals("c2", d.customers().name(log.customer(1)));
  }

  @Test
  void everyRejectedRecordIsReportedWithLineFieldValueAndRule() throws IOException {
    String csv =
        "customer,time,touchpoint,channel\n"
            + "c1,1000,web,web\n" // line 2 ok
            + ",1000,web,web\n" // line 3 missing customer
            + "c1,yesterday,web,web\n" // line 4 bad time
            + "c1,1000,\"a\nb\",web,extra\n" // lines 5-6, wrong field count
            + "c1,1001,,web\n" // line 7 empty touchpoint
            + "c1,\"10\"x,web,web\n" // line 8 text after closing quote
            + "c1,1002,call,phone"; // line 9 ok, no final newline
    IngestReport[] r = new IngestReport[1];
    EventLog log = read(csv, FORMAT, RejectPolicy.skipAndReport(), r);
    assertEquals(2, log.size());
    assertEquals(7, r[0].read());
    assertEquals(2, r[0].accepted());
    List<Rejection> rej = r[0].rejections();
    assertEquals(
        new Rejection("input", 3, 1, "customer", "", "customer must not be empty"), rej.get(0));
    assertEquals(
        new Rejection("input", 4, 2, "time", "yesterday", "time must be epoch-millis"), rej.get(1));
    assertEquals(5, rej.get(2).line());
    assertEquals("record must have 4 fields like the header, had 5", rej.get(2).rule());
    assertEquals(
        new Rejection("input", 7, 3, "touchpoint", "", "touchpoint must not be empty"), rej.get(3));
    assertEquals(8, rej.get(4).line());
    assertEquals(
        "input: line 4, field time (column 2), value 'yesterday': time must be epoch-millis",
        rej.get(1).message());
  }

  @Test
  void failFastStopsAtTheFirstRejectedRecord() {
    String csv = "customer,time,touchpoint\nc1,1,a\nc1,x,b\nc1,,c\n";
    IngestException e =
        assertThrows(
            IngestException.class,
            () -> read(csv, MILLIS, RejectPolicy.failFast(), new IngestReport[1]));
    assertEquals(3, e.rejection().line());
    assertEquals(
        "input: line 3, field time (column 2), value 'x': time must be epoch-millis",
        e.getMessage());
  }

  @Test
  void unknownColumnAndEmptyFileAreClearErrors() {
    IngestException unknown =
        assertThrows(
            IngestException.class,
            () ->
                read(
                    "user,time,touchpoint\n",
                    FORMAT,
                    RejectPolicy.failFast(),
                    new IngestReport[1]));
    assertTrue(
        unknown
            .getMessage()
            .contains(
                "the customer column 'customer' must be in the header, columns are [user, time, touchpoint]"),
        unknown.getMessage());
    IngestException empty =
        assertThrows(
            IngestException.class,
            () -> read("", FORMAT, RejectPolicy.failFast(), new IngestReport[1]));
    assertTrue(
        empty.getMessage().contains("input must start with a header line naming the columns"),
        empty.getMessage());
  }

  @Test
  void duplicateEventIdsKeepTheFirstAndReportTheRest() throws IOException {
    String csv = "id,customer,time,touchpoint\ne1,c,1,a\ne2,c,2,b\ne1,c,3,c\n";
    IngestReport[] r = new IngestReport[1];
    EventLog log = read(csv, MILLIS.withEventId("id"), RejectPolicy.skipAndReport(), r);
    assertEquals(2, log.size());
    assertEquals(1L, log.time(0));
    assertEquals(
        new Rejection(
            "input", 4, 1, "id", "e1", "id must be unique; the first record with this id was kept"),
        r[0].rejections().get(0));
  }

  @Test
  void isoAndPatternTimesWithZonesAndOtherSeparators() throws IOException {
    String iso =
        "customer;time;touchpoint\nc;2023-11-14T22:13:20Z;a\nc;2023-11-14T23:13:20+01:00;b\nc;2023-11-14T22:13:20;c\n";
    IngestReport[] r = new IngestReport[1];
    EventLog log =
        read(
            iso,
            MILLIS.withSeparator(';').withTimeFormat(TimeFormat.iso(ZoneOffset.UTC)),
            RejectPolicy.failFast(),
            r);
    assertEquals(1_700_000_000_000L, log.time(0));
    assertEquals(1_700_000_000_000L, log.time(1));
    assertEquals(1_700_000_000_000L, log.time(2));
    String pat = "customer\ttime\ttouchpoint\nc\t14/11/2023 23:13:20\ta\n";
    log =
        read(
            pat,
            MILLIS
                .withSeparator('\t')
                .withTimeFormat(
                    TimeFormat.pattern("dd/MM/yyyy HH:mm:ss", ZoneId.of("Europe/Berlin"))),
            RejectPolicy.failFast(),
            r);
    assertEquals(1_700_000_000_000L, log.time(0));
  }

  @Test
  void sinkRefusalsAreReportedAsRejections() throws IOException {
    EventDictionaries d = new EventDictionaries();
    List<Integer> seen = new java.util.ArrayList<>();
    dev.cxkit.journey.assembly.StreamingAssembler asm =
        new dev.cxkit.journey.assembly.StreamingAssembler(
            dev.cxkit.journey.assembly.SplitRules.none(), j -> seen.add(j.length()));
    String csv = "customer,time,touchpoint\nc,5,a\nc,3,b\nc,7,c\n";
    IngestReport r =
        CsvEventReader.of(MILLIS, RejectPolicy.skipAndReport())
            .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), d, asm);
    asm.finish();
    assertEquals(1, r.rejected());
    assertEquals(3, r.rejections().get(0).line());
    assertTrue(
        r.rejections().get(0).rule().startsWith("time must not decrease"),
        r.rejections().get(0).rule());
    assertEquals(List.of(2), seen);
  }

  @Test
  void formatRejectsBadLayouts() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FORMAT.withSeparator('"'));
    assertTrue(e.getMessage().startsWith("separator must be"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CsvFormat.of("a", "a", "b"));
    assertEquals("column names must be distinct, was 'a' twice", e.getMessage());
  }

  @Test
  void theTimeFormatIsDetectedFromTheFirstRowsAndReported() throws IOException {
    CsvFormat detect = CsvFormat.of("customer", "time", "touchpoint");
    IngestReport[] r = new IngestReport[1];
    EventLog iso =
        read(
            "customer,time,touchpoint\nc,2023-11-14T22:13:20Z,a\nc,2023-11-14T23:13:20+01:00,b\n",
            detect,
            RejectPolicy.failFast(),
            r);
    assertEquals(1_700_000_000_000L, iso.time(1));
    assertEquals(
        List.of("time format: ISO-8601 (zone Z) (detected from the first 2 rows)"), r[0].notes());
    EventLog seconds =
        read("customer,time,touchpoint\nc,1700000000,a\n", detect, RejectPolicy.failFast(), r);
    assertEquals(1_700_000_000_000L, seconds.time(0));
    IngestException none =
        assertThrows(
            IngestException.class,
            () ->
                read(
                    "customer,time,touchpoint\nc,yesterday,a\n",
                    detect,
                    RejectPolicy.skipAndReport(),
                    new IngestReport[1]));
    assertEquals(2, none.rejection().line());
    assertTrue(none.getMessage().contains("match no known format"), none.getMessage());
  }

  @Test
  void aGivenFormatThatReadsNoRowIsAnErrorNotAnEmptyResult() {
    // issue 14/16: an ISO file read with an epoch format accepted 0 rows and returned nothing
    IngestException e =
        assertThrows(
            IngestException.class,
            () ->
                read(
                    "customer,time,touchpoint\nc,2023-11-14T22:13:20Z,a\nc,2023-11-14T22:14:20Z,b\n",
                    MILLIS,
                    RejectPolicy.skipAndReport(),
                    new IngestReport[1]));
    assertTrue(
        e.getMessage()
            .endsWith(
                "(the time format epoch-millis read none of the 2 records: give the"
                    + " format the file is written in)"),
        e.getMessage());
    assertEquals(2, e.rejection().line());
  }
}
