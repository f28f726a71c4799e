package dev.cxkit.model.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled, run and checked
 * here, shown in the javadoc of the classes named by each region.
 */
class SnippetsTest {

  /** A reader of {@code text}, named {@code source} in messages. */
  private static CsvReader reader(String source, String text, RejectPolicy policy) {
    return CsvReader.of(
        new ByteArrayInputStream(text.getBytes(UTF_8)), source, CsvSettings.defaults(), policy);
  }

  @Test
  void csvPackage(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(dir.resolve("answers.csv"), "customer,ltr\nc-1,9\nc-2,x\nc-3,10\n");
    List<Integer> scores = new ArrayList<>();
    // @start region="csvPackage"
    try (CsvReader csv =
        CsvReader.open(file, CsvSettings.defaults(), RejectPolicy.skipAndReport())) {
      int ltr = csv.header().require("ltr", "score");
      while (csv.next()) {
        CsvRecord r = csv.record();
        try {
          scores.add((int) r.longValue(ltr, "ltr", 0, 10));
          csv.accept();
        } catch (IngestException e) {
          csv.reject(e); // counted, reported, and the read goes on
        }
      }
      assertEquals(List.of(9, 10), scores);
      IngestReport report = csv.report(); // read=3, accepted=2, rejected=1
      assertEquals(
          List.of(3L, 2L, 1L), List.of(report.read(), report.accepted(), report.rejected()));
    }
    // @end
  }

  @Test
  void csvReader() throws IOException {
    String text = "customer,ltr\nc-1,9\nc-2,11\n";
    // @start region="csvReader"
    try (CsvReader csv = reader("answers.csv", text, RejectPolicy.failFast())) {
      int score = csv.header().require("ltr", "score");
      assertTrue(csv.next());
      assertEquals(9, csv.record().longValue(score, "score", 0, 10));
      csv.accept();
      assertTrue(csv.next());
      try {
        csv.record().longValue(score, "score", 0, 10);
      } catch (IngestException e) {
        IngestException stop = assertThrows(IngestException.class, () -> csv.reject(e));
        assertEquals(
            "answers.csv: line 3, field ltr (column 2), value '11': score must be in 0..10",
            stop.getMessage()); // fail-fast: the first rejected record stops the read
      }
    }
    // @end
  }

  @Test
  void csvRecord() throws IOException {
    String text = "customer,count,value\nc-1,3,2.5\n,4,1\n";
    List<String> kept = new ArrayList<>();
    try (CsvReader csv = reader("counts.csv", text, RejectPolicy.skipAndReport())) {
      CsvHeader h = csv.header();
      int customer = h.require("customer", "customer");
      int count = h.require("count", "count");
      int value = h.require("value", "value");
      // @start region="csvRecord"
      while (csv.next()) {
        CsvRecord r = csv.record();
        try {
          String id = r.required(customer, "customer");
          long n = r.longValue(count, "count");
          double v = r.doubleValue(value, "value");
          kept.add(id + " " + n + " " + v);
          csv.accept();
        } catch (IngestException e) {
          csv.reject(e);
        }
      }
      assertEquals(List.of("c-1 3 2.5"), kept);
      assertEquals(Map.of("customer must not be empty", 1L), csv.report().rejectedByRule());
      // @end
    }
  }

  @Test
  void csvHeader() throws IOException {
    try (CsvReader csv = reader("answers.csv", "customer,ltr\n", RejectPolicy.failFast())) {
      // @start region="csvHeader"
      CsvHeader h = csv.header();
      int customer = h.require("customer", "customer"); // 0
      int segment = h.indexOf("segment"); // -1: absent
      IngestException e = assertThrows(IngestException.class, () -> h.require("score", "score"));
      // "answers.csv: line 1, field header, value 'customer,ltr': the score column 'score' must
      //  be in the header, columns are [customer, ltr]"
      // @end
      assertEquals(0, customer);
      assertEquals(-1, segment);
      assertEquals(
          "answers.csv: line 1, field header, value 'customer,ltr': the score column 'score' must"
              + " be in the header, columns are [customer, ltr]",
          e.getMessage());
    }
  }

  @Test
  void csvSettings() {
    // @start region="csvSettings"
    CsvSettings csv = CsvSettings.defaults(); // comma, header line
    CsvSettings semicolons = CsvSettings.defaults().withSeparator(';');
    CsvSettings cdnow = CsvSettings.whitespaceSeparated(); // runs of blanks, no header
    CsvSettings small = csv.withMaxRecordLength(1 << 20).withMaxFieldLength(4096);
    // @end
    assertEquals(',', csv.separator());
    assertTrue(csv.hasHeader());
    assertEquals(';', semicolons.separator());
    assertTrue(cdnow.isWhitespaceSeparated());
    assertFalse(cdnow.hasHeader());
    assertEquals(1 << 20, small.maxRecordLength());
    assertEquals(4096, small.maxFieldLength());
  }

  @Test
  void durations() {
    // @start region="durations"
    Durations.parse("1h30m"); // PT1H30M
    Durations.parse("P7D"); // PT168H
    Durations.format(Duration.ofMinutes(90)); // "1h30m"
    // @end
    assertEquals(Duration.ofMinutes(90), Durations.parse("1h30m"));
    assertEquals(Duration.ofHours(168), Durations.parse("P7D"));
    assertEquals("1h30m", Durations.format(Duration.ofMinutes(90)));
  }

  @Test
  void ingestException() throws IOException {
    String text = "customer,time\nc-1,1700000000000\nc-2,yesterday\n";
    // @start region="ingestException"
    try (CsvReader csv = reader("events.csv", text, RejectPolicy.failFast())) {
      int time = csv.header().require("time", "time");
      while (csv.next()) {
        csv.record().longValue(time, "time");
        csv.accept();
      }
    } catch (IngestException e) {
      String message = e.getMessage();
      // events.csv: line 3, field time (column 2), value 'yesterday': time must be a whole number
      // ...
      e.rejection().line(); // 3
      // @end
      assertEquals(3, e.rejection().line());
      assertEquals(
          "events.csv: line 3, field time (column 2), value 'yesterday': time must be a whole"
              + " number (digits, optionally signed)",
          e.getMessage());
      return;
    }
    throw new AssertionError("fail-fast must stop at line 3");
  }

  @Test
  void ingestReport() throws IOException {
    String text = "customer,ltr\nc-1,x\nc-2,12\nc-3,\nc-4,7\n";
    List<String> log = new ArrayList<>();
    try (CsvReader csv = reader("answers.csv", text, RejectPolicy.skipAndReport())) {
      int ltr = csv.header().require("ltr", "score");
      while (csv.next()) {
        try {
          csv.record().longValue(ltr, "ltr", 0, 10);
          csv.accept();
        } catch (IngestException e) {
          csv.reject(e);
        }
      }
      // @start region="ingestReport"
      IngestReport r = csv.report(); // read=4, accepted=1, rejected=3
      r.rejectedByRule().forEach((rule, n) -> log.add(n + " x " + rule));
      r.rejections().forEach(x -> log.add(x.message())); // the first 100
      // @end
      assertEquals(4, r.read());
      assertEquals(1, r.accepted());
      assertEquals(3, r.rejected());
      assertEquals("2 x ltr must be a whole number (digits, optionally signed)", log.get(0));
      assertEquals("1 x ltr must be in 0..10", log.get(1));
      assertEquals(
          "answers.csv: line 2, field ltr (column 2), value 'x': ltr must be a whole number"
              + " (digits, optionally signed)",
          log.get(2));
      assertEquals(5, log.size());
    }
  }

  @Test
  void ingest() throws IOException {
    // @start region="ingest"
    Ingest ingest = new Ingest("events.jsonl", RejectPolicy.skipAndReport());
    ingest.accept();
    ingest.reject(
        new Rejection("events.jsonl", 2, 0, "record", "[1,", "record must be valid JSON"));
    IngestReport report = ingest.report(); // read 2, accepted 1, rejected 1
    // @end
    assertEquals(2, report.read());
    assertEquals(1, report.accepted());
    assertEquals(1, report.rejected());
    assertEquals(Map.of("record must be valid JSON", 1L), report.rejectedByRule());
  }

  @Test
  void rejectPolicy() {
    // @start region="rejectPolicy"
    RejectPolicy.failFast(); // IngestException at the first bad record
    RejectPolicy.skipAndReport(); // skip every bad record, report them
    RejectPolicy.skipAndReport(1_000); // skip up to 1,000, then stop with IngestException
    // @end
    assertTrue(RejectPolicy.failFast().failsFast());
    assertFalse(RejectPolicy.skipAndReport().failsFast());
    assertEquals(1_000, RejectPolicy.skipAndReport(1_000).maxRejected());
  }

  @Test
  void rejectPolicyLimit() throws IOException {
    Ingest ingest = new Ingest("x.csv", RejectPolicy.skipAndReport(1));
    ingest.reject(new Rejection("x.csv", 2, 1, "a", "?", "a must be a number"));
    assertThrows(
        IngestException.class,
        () -> ingest.reject(new Rejection("x.csv", 3, 1, "a", "?", "a must be a number")));
  }

  @Test
  void rejection() {
    // @start region="rejection"
    Rejection r =
        new Rejection("events.csv", 12, 2, "time", "yesterday", "time must be epoch-millis");
    r.message();
    // "events.csv: line 12, field time (column 2), value 'yesterday': time must be epoch-millis"
    // @end
    assertEquals(
        "events.csv: line 12, field time (column 2), value 'yesterday': time must be epoch-millis",
        r.message());
  }
}
