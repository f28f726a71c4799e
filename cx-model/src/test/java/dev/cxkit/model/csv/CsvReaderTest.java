package dev.cxkit.model.csv;

import static dev.cxkit.model.csv.CsvTesting.bytes;
import static dev.cxkit.model.csv.CsvTesting.records;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
  private static final CsvSettings CSV = CsvSettings.defaults();

  @Test
  void rfc4180QuotesSeparatorsNewlinesAndDoubledQuotes() throws IOException {
    String text =
        "a,b,c\n"
            + "1,\"x, y\",\"say \"\"hi\"\"\"\n"
            + "2,\"multi\nline\r\nfield\",\"\"\n"
            + "3,5\" screen,\"\"\"\"\n";
    assertEquals(
        List.of(
            List.of("1", "x, y", "say \"hi\""),
            List.of("2", "multi\nline\r\nfield", ""),
            List.of("3", "5\" screen", "\"")),
        records(text, CSV));
  }

  @Test
  void bomCrlfLoneCrBlankLinesAndNoFinalNewline() throws IOException {
    String text = "\uFEFFname,n\r\n\r\nx,1\ry,2\r\n\n  \nz,3";
    assertEquals(
        List.of(List.of("x", "1"), List.of("y", "2"), List.of("z", "3")), records(text, CSV));
    try (CsvReader csv =
        CsvReader.of(new ByteArrayInputStream(bytes(text)), "t", CSV, RejectPolicy.failFast())) {
      assertEquals(List.of("name", "n"), csv.header().names());
      List<Long> lines = new java.util.ArrayList<>();
      while (csv.next()) {
        lines.add(csv.record().line());
      }
      assertEquals(List.of(3L, 4L, 7L), lines);
    }
  }

  @Test
  void lineNumbersCountLineBreaksInsideQuotes() throws IOException {
    String text = "a,b\n\"1\n2\r\n3\r4\",x\ny,z\n";
    try (CsvReader csv =
        CsvReader.of(new ByteArrayInputStream(bytes(text)), "t", CSV, RejectPolicy.failFast())) {
      assertTrue(csv.next());
      assertEquals(2, csv.record().line());
      assertTrue(csv.next());
      assertEquals(6, csv.record().line());
      assertFalse(csv.next());
      assertEquals(6, csv.lineEnds());
    }
  }

  @Test
  void everyReadSizeGivesTheSameRecords() throws IOException {
    String text = "\uFEFFk,v\r\n\"a\"\"b\",\"c\r\nd\"\r\ne,\"f,g\"\rh,i\n\n\"\",\"\"\nj,\"é€😀\"\n";
    List<List<String>> expected = records(text, CSV);
    assertEquals(5, expected.size());
    for (int size = 1; size <= 7; size++) {
      assertEquals(expected, records(bytes(text), CSV, size), "read size " + size);
    }
  }

  @Test
  void separatorsAndWhitespaceMode() throws IOException {
    assertEquals(List.of(List.of("1", "2", "")), records("a;b;c\n1;2;\n", CSV.withSeparator(';')));
    assertEquals(
        List.of(List.of("x\ty", "z")), records("a\tb\n\"x\ty\"\tz\n", CSV.withSeparator('\t')));
    assertEquals(
        List.of(List.of("00004", "0001", "19970101", "2", "29.33"), List.of("a b", "c")),
        records(
            " 00004 0001 19970101  2   29.33  \n\t\n\"a b\"\tc",
            CsvSettings.whitespaceSeparated()));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CSV.withSeparator('"'));
    assertTrue(e.getMessage().startsWith("separator must be an ASCII character"), e.getMessage());
  }

  @Test
  void syntaxProblemsAreRejectedWithLineColumnFieldAndRule() throws IOException {
    java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
    o.write(bytes("id,name,score\n1,ok,3\n2,\"x\"y,4\n3,bad"));
    o.write(0xC3); // a lead byte followed by ',': malformed
    o.write(bytes(",5\n4,a\n5,b,6,7\n6,fine,9\n"));
    byte[] bad = o.toByteArray();
    try (CsvReader csv =
        CsvReader.of(new ByteArrayInputStream(bad), "s.csv", CSV, RejectPolicy.skipAndReport())) {
      List<List<String>> ok = CsvTesting.all(csv);
      assertEquals(List.of(List.of("1", "ok", "3"), List.of("6", "fine", "9")), ok);
      IngestReport r = csv.report();
      assertEquals(6, r.read());
      assertEquals(2, r.accepted());
      assertEquals(4, r.rejected());
      List<Rejection> x = r.rejections();
      assertEquals(
          new Rejection(
              "s.csv",
              3,
              2,
              "name",
              "xy",
              "a quoted field must end at a separator or line end, text follows its closing quote"),
          x.get(0));
      assertEquals(4, x.get(1).line());
      assertEquals(2, x.get(1).column());
      assertTrue(
          x.get(1).rule().startsWith("text must be UTF-8, byte 0xC3 at byte 4"), x.get(1).rule());
      assertEquals(
          "s.csv: line 5, field record, value '4,a': record must have 3 fields like the header, had 2",
          x.get(2).message());
      assertEquals(6, x.get(3).line());
      assertEquals(1L, r.rejectedByRule().get("record must have 3 fields like the header, had 2"));
    }
  }

  @Test
  void failFastStopsAtTheFirstBadRecordAndLimitsStopLater() throws IOException {
    String text = "a,b\n1\n2\n3\n4,5\n";
    IngestException e = assertThrows(IngestException.class, () -> records(text, CSV));
    assertEquals(2, e.rejection().line());
    try (CsvReader csv =
        CsvReader.of(
            new ByteArrayInputStream(bytes(text)), "t", CSV, RejectPolicy.skipAndReport(2))) {
      IngestException stop = assertThrows(IngestException.class, () -> CsvTesting.all(csv));
      assertEquals(4, stop.rejection().line());
      assertTrue(
          stop.getMessage().endsWith("(stopped: more than 2 records rejected)"), stop.getMessage());
    }
  }

  @Test
  void headerProblemsNameTheColumnTheHeaderAndTheClosestName() throws IOException {
    try (CsvReader csv =
        CsvReader.of(
            new ByteArrayInputStream(bytes("Customer,time,time\n")),
            "h.csv",
            CSV,
            RejectPolicy.failFast())) {
      CsvHeader h = csv.header();
      IngestException missing =
          assertThrows(IngestException.class, () -> h.require("customer", "customer"));
      assertEquals(
          "h.csv: line 1, field header, value 'Customer,time,time': the customer column 'customer'"
              + " must be in the header, columns are [Customer, time, time]; did you mean 'Customer'?",
          missing.getMessage());
      IngestException twice = assertThrows(IngestException.class, () -> h.require("time", "time"));
      assertTrue(
          twice.getMessage().endsWith("must appear once in the header, was in columns 2 and 3"),
          twice.getMessage());
      IngestException none = assertThrows(IngestException.class, () -> h.require("zzzzzz", "x"));
      assertFalse(none.getMessage().contains("did you mean"), none.getMessage());
      assertEquals(0, h.requireAny("customer", "cust", "Customer"));
      IngestException anyMissing =
          assertThrows(IngestException.class, () -> h.requireAny("event time", "tiem", "ts"));
      assertTrue(
          anyMissing
              .getMessage()
              .endsWith(
                  "the event time column must be in the header, named tiem or ts; columns are"
                      + " [Customer, time, time]; did you mean 'time'?"),
          anyMissing.getMessage());
    }
    IngestException empty =
        assertThrows(
            IngestException.class,
            () ->
                CsvReader.of(
                        new ByteArrayInputStream(bytes("\n\n")),
                        "e.csv",
                        CSV,
                        RejectPolicy.failFast())
                    .header());
    assertEquals(
        "e.csv: line 3, field header, value '': input must start with a header line naming the"
            + " columns, was empty",
        empty.getMessage());
  }

  @Test
  void anUnclosedQuoteIsAnErrorNamingWhereItOpened() {
    IngestException e =
        assertThrows(IngestException.class, () -> records("a,b\n1,\"open\n2,3\n", CSV));
    assertEquals(2, e.rejection().line());
    assertEquals(2, e.rejection().column());
    assertEquals("b", e.rejection().field());
    assertTrue(
        e.getMessage().contains("quoted field opened on line 2 must be closed"), e.getMessage());
  }

  @Test
  void aRecordBeyondTheLimitStopsTheReadWithBoundedMemory() throws IOException {
    CsvSettings small = CSV.withMaxRecordLength(1 << 16);
    try (CsvReader csv =
        CsvReader.of(
            new java.io.SequenceInputStream(
                new ByteArrayInputStream(bytes("a\nshort\n")),
                CsvTesting.endless((byte) 'x', 200L << 20)),
            "big.csv",
            small,
            RejectPolicy.failFast())) {
      assertTrue(csv.next());
      IngestException e = assertThrows(IngestException.class, csv::next);
      assertEquals(3, e.rejection().line());
      assertTrue(
          e.getMessage().contains("record must be at most 65536 bytes long"), e.getMessage());
      assertTrue(e.getMessage().contains("xxxxxxxxxx... ("), e.getMessage());
    }
    try (CsvReader csv =
        CsvReader.of(
            new ByteArrayInputStream(bytes("a,b\n" + "y".repeat(100) + ",1\n")),
            "f.csv",
            CSV.withMaxFieldLength(99),
            RejectPolicy.failFast())) {
      IngestException e = assertThrows(IngestException.class, csv::next);
      assertEquals(1, e.rejection().column());
      assertTrue(
          e.getMessage()
              .endsWith(
                  "field must be at most 99 bytes long (CsvSettings.withMaxFieldLength), was 100"),
          e.getMessage());
    }
  }

  @Test
  void strictNumbers() throws IOException {
    String text =
        "v\n 42 \n-7\n+3\n1.5\n.5\n1e3\n0x10\nNaN\nInfinity\n1d\n99999999999999999999\n1e400\n\n,\n";
    try (CsvReader csv =
        CsvReader.of(
            new ByteArrayInputStream(bytes(text)),
            "n.csv",
            CSV.withSeparator(';'),
            RejectPolicy.skipAndReport())) {
      List<Object> values = new java.util.ArrayList<>();
      while (csv.next()) {
        CsvRecord r = csv.record();
        try {
          values.add(r.doubleValue(0, "v"));
          csv.accept();
        } catch (IngestException e) {
          values.add(e.rejection().value());
          csv.reject(e);
        }
      }
      assertEquals(
          List.of(
              42.0,
              -7.0,
              3.0,
              1.5,
              0.5,
              1000.0,
              "0x10",
              "NaN",
              "Infinity",
              "1d",
              1e20,
              "1e400",
              ","),
          values);
    }
    try (CsvReader csv =
        CsvReader.of(
            new ByteArrayInputStream(
                bytes("v\n9223372036854775806\n9223372036854775808\n-12\n1.0\n")),
            "n.csv",
            CSV,
            RejectPolicy.skipAndReport())) {
      List<Object> values = new java.util.ArrayList<>();
      while (csv.next()) {
        try {
          values.add(csv.record().longValue(0, "n"));
        } catch (IngestException e) {
          values.add(e.rejection().rule());
          csv.reject(e);
        }
      }
      assertEquals(
          List.of(
              9223372036854775806L,
              "n must be a whole number within +-9223372036854775806",
              -12L,
              "n must be a whole number (digits, optionally signed)"),
          values);
    }
  }

  @Test
  void decimalsParseExactlyLikeTheJdk() {
    for (String s :
        new String[] {
          "0.1",
          "3.195",
          "74802.972",
          "123456789012345678",
          "0.000000000000000001",
          "1e-5",
          "12345678901234567890.5"
        }) {
      byte[] b = bytes(s);
      assertEquals(Double.parseDouble(s), Decimals.parseDouble(b, 0, b.length), s);
    }
  }

  @Test
  void chunksReportAnOpenQuoteInsteadOfFailing() throws IOException {
    CsvHeader h = CsvHeader.of("c", List.of("a", "b"));
    try (CsvReader csv =
        CsvReader.chunk(
            new ByteArrayInputStream(bytes("1,2\n3,\"4\n")),
            "c",
            CSV,
            RejectPolicy.failFast(),
            h)) {
      assertEquals(List.of(List.of("1", "2")), CsvTesting.all(csv));
      assertTrue(csv.endedInOpenQuote());
    }
  }

  @Test
  void aDirectoryIsNamedAndMessagesEscapeControlCharacters(@TempDir Path dir) throws IOException {
    IngestException e =
        assertThrows(
            IngestException.class, () -> CsvReader.open(dir, CSV, RejectPolicy.failFast()));
    assertEquals(
        dir + ": line 1, field file, value '': input must be a file, was a directory",
        e.getMessage());
    Path f = dir.resolve("evil.csv");
    Files.writeString(f, "n\u001B[2J\u0007,x\n\u202Eabc\u200B,1\n");
    try (CsvReader csv = CsvReader.open(f, CSV, RejectPolicy.failFast())) {
      IngestException bad =
          assertThrows(
              IngestException.class,
              () -> {
                csv.next();
                throw csv.record().invalid(0, "name must be known");
              });
      assertEquals(
          f
              + ": line 2, field n[U+001B][2J[U+0007] (column 1), value '[U+202E]abc[U+200B]': name must be known",
          bad.getMessage());
    }
  }
}
