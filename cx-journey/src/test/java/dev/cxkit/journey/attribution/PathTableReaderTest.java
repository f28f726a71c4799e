package dev.cxkit.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.IngestReport;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.csv.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTableReaderTest {

  private static PathTable read(PathTableReader reader, String text) throws IOException {
    return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Rejection> errors(PathTableReader reader, String text) throws IOException {
    IngestReport r =
        reader
            .withRejectPolicy(RejectPolicy.skipAndReport())
            .read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "input",
                PathTable.builder());
    assertEquals(r.rejections().size(), r.rejected());
    // the shortcut fails on any of them, naming the first and the count
    IngestException e = assertThrows(IngestException.class, () -> read(reader, text));
    assertEquals(r.rejections().get(0), e.rejection());
    return r.rejections();
  }

  @Test
  void channelsAreThoseOfKeptRowsInOrderOfFirstUse() throws IOException {
    // "x" and "y" are first seen in a rejected row (its path has an empty channel after them),
    // "y" only there: the table's channels are those of the kept rows, in their order of first use
    String text =
        "path;total_conversions;total_conversion_value;total_null\n"
            + "x > y >  > z;1;0;1\n"
            + "b > x;1;2;0\n"
            + "a;1;1;0\n";
    PathTable.Builder b = PathTable.builder();
    IngestReport report =
        PathTableReader.channelAttribution()
            .withRejectPolicy(RejectPolicy.skipAndReport())
            .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "input", b);
    assertEquals(1, report.rejected());
    PathTable t = b.build();
    assertEquals(List.of("b", "x", "a"), t.channels());
    assertEquals(List.of("b", "x"), t.path(0));
  }

  @Test
  void sharedTableFactsFromItsSourceNote() {
    // Facts stated in SOURCE.md beside the data (computed independently with R).
    PathTable t = AttributionFixtures.sharedTable();
    assertEquals(12, t.channelCount());
    assertEquals(19_785, t.totalConversions());
    assertEquals(68_602, t.totalNulls());
    assertEquals(74_802.972, t.totalValue(), 5e-4); // SOURCE.md rounds to 3 decimals
    double[] values =
        AttributionFixtures.naiveRows().stream()
            .mapToDouble(AttributionFixtures.Row::value)
            .toArray();
    assertEquals(new java.math.BigDecimal(Credits.exactSum(values)).doubleValue(), t.totalValue());
    assertEquals(5_408, t.pathCount());
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (int p = 0; p < t.pathCount(); p++) {
      min = Math.min(min, t.pathLength(p));
      max = Math.max(max, t.pathLength(p));
    }
    assertEquals(1, min);
    assertEquals(89, max);
    assertTrue(t.hasNulls());
    assertFalse(t.hasTouchTimes());
  }

  @Test
  void matchesNaiveSplitReaderOnSharedTable() {
    PathTable fast = AttributionFixtures.sharedTable();
    PathTable naive = AttributionFixtures.tableOf(AttributionFixtures.naiveRows());
    assertEquals(asMap(naive), asMap(fast));
  }

  private static Map<List<String>, List<Object>> asMap(PathTable t) {
    Map<List<String>, List<Object>> m = new HashMap<>();
    for (int p = 0; p < t.pathCount(); p++) {
      m.put(t.path(p), List.of(t.conversions(p), Math.round(t.value(p) * 1000), t.nulls(p)));
    }
    return m;
  }

  @Test
  void aggregatesRepeatedPathsAndTrimsSpaces() throws IOException {
    String text =
        "path;total_conversions;total_conversion_value;total_null\n"
            + "a > b;1;2.5;3\n"
            + " a>b ;2;1.5;0\r\n"
            + "a  >   b;0;0;4\n"
            + "\n"
            + "b;1;1;1";
    PathTable t = read(PathTableReader.channelAttribution(), text);
    assertEquals(2, t.pathCount());
    assertEquals(List.of("a", "b"), t.path(0));
    assertEquals(3, t.conversions(0));
    assertEquals(4.0, t.value(0));
    assertEquals(7, t.nulls(0));
    assertEquals(List.of("a", "b"), t.channels());
  }

  @Test
  void configurableDelimiterSeparatorAndColumns() throws IOException {
    String text = "extra,conv,journey\nx,2,email|search|email\ny,1,search\n";
    PathTable t =
        read(
            PathTableReader.channelAttribution()
                .withDelimiter(',')
                .withPathSeparator("|")
                .withColumns("journey", "conv", null, null),
            text);
    assertEquals(List.of("email", "search", "email"), t.path(0));
    assertEquals(3, t.totalConversions());
    assertEquals(0.0, t.totalValue());
    assertFalse(t.hasNulls());
  }

  @Test
  void whitespaceSeparatorSplitsOnRuns() throws IOException {
    PathTable t =
        read(
            PathTableReader.channelAttribution().withPathSeparator(" "),
            "path;total_conversions;total_conversion_value;total_null\na  b\tc;1;1;0\n");
    assertEquals(List.of("a", "b", "c"), t.path(0));
  }

  @Test
  void reportsEveryBadRowWithLineFieldValueRule() throws IOException {
    String text =
        "path;total_conversions;total_conversion_value;total_null\n"
            + "a > b;1;1.0;1\n" // line 2 fine
            + ";1;1.0;1\n" // line 3 empty path
            + "a;-1;0;1\n" // line 4 negative conversions
            + "a;0;0;0\n" // line 5 neither conversions nor nulls
            + "a|b;1;1;0\n" // line 6 unknown separator
            + "a > > b;1;1;0\n" // line 7 empty channel
            + "a;1;x;0\n" // line 8 bad value
            + "a;1\n" // line 9 missing fields
            + "a;0;5;1\n" // line 10 value without conversions
            + "a;1;1;-2\n"; // line 11 negative nulls
    List<Rejection> errors = errors(PathTableReader.channelAttribution(), text);
    assertEquals(9, errors.size(), errors.toString());
    assertEquals(new Rejection("input", 3, 1, "path", "", "path must not be empty"), errors.get(0));
    assertEquals(
        new Rejection("input", 4, 2, "total_conversions", "-1", "count must be >= 0"),
        errors.get(1));
    assertEquals(
        new Rejection(
            "input",
            5,
            0,
            "record",
            "a;0;0;0",
            "a row must have conversions or nulls, had 0 and 0"),
        errors.get(2));
    assertEquals(6, errors.get(3).line());
    assertTrue(errors.get(3).rule().startsWith("unknown separator"), errors.get(3).rule());
    assertEquals(7, errors.get(4).line());
    assertTrue(errors.get(4).rule().startsWith("channel must not be empty"));
    assertEquals(
        new Rejection(
            "input",
            8,
            3,
            "total_conversion_value",
            "x",
            "value must be a finite decimal number (no hex, NaN, Infinity or overflow)"),
        errors.get(5));
    assertEquals(9, errors.get(6).line());
    assertEquals("record must have 4 fields like the header, had 2", errors.get(6).rule());
    assertEquals(10, errors.get(7).line());
    assertEquals(
        new Rejection("input", 11, 4, "total_null", "-2", "count must be >= 0"), errors.get(8));
  }

  @Test
  void missingHeaderColumnIsReported() {
    IngestException e =
        assertThrows(
            IngestException.class,
            () ->
                read(
                    PathTableReader.channelAttribution(),
                    "path;total_conversions;total_null\na;1;0\n"));
    assertEquals(1, e.rejection().line());
    assertEquals("header", e.rejection().field());
    assertTrue(
        e.rejection().rule().startsWith("the value column 'total_conversion_value' must be in"),
        e.getMessage());
  }

  @Test
  void emptyInputNeedsAHeader() {
    IngestException e =
        assertThrows(IngestException.class, () -> read(PathTableReader.channelAttribution(), ""));
    assertTrue(e.getMessage().contains("must start with a header line"), e.getMessage());
  }

  @Test
  void badConfigurationIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PathTableReader.channelAttribution().withPathSeparator(""));
    assertThrows(
        IllegalArgumentException.class,
        () -> PathTableReader.channelAttribution().withPathSeparator("a;b"));
    assertThrows(
        IllegalArgumentException.class,
        () -> PathTableReader.channelAttribution().withDelimiter('\n'));
  }

  @Test
  void linesLongerThanTheBufferAndManyBuffers() throws IOException {
    StringBuilder sb =
        new StringBuilder("path;total_conversions;total_conversion_value;total_null\n");
    StringBuilder longPath = new StringBuilder("c0");
    for (int i = 1; i < 300_000; i++) {
      longPath.append(" > c").append(i % 7);
    }
    sb.append(longPath).append(";1;0.5;0\n");
    for (int i = 0; i < 100_000; i++) {
      sb.append("x > y").append(i % 3).append(";1;0.25;2\n");
    }
    PathTable t = read(PathTableReader.channelAttribution(), sb.toString());
    assertEquals(300_000, t.pathLength(0));
    assertEquals(4, t.pathCount());
    assertEquals(100_001, t.totalConversions());
    assertEquals(0.5 + 100_000 * 0.25, t.totalValue());
    assertEquals(200_000, t.totalNulls());
  }

  /** Files of 8 MiB or more are read in newline-aligned chunks in parallel: same table, lines. */
  @Test
  void parallelChunksReadTheSameTableAndLineNumbers(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    byte[] data = AttributionFixtures.dataBytes();
    String text = new String(data, StandardCharsets.UTF_8);
    String body = text.substring(text.indexOf('\n') + 1);
    StringBuilder sb = new StringBuilder(text);
    for (int i = 0; i < 20; i++) {
      sb.append(body);
    }
    java.nio.file.Path file = dir.resolve("big.csv");
    java.nio.file.Files.writeString(file, sb);
    PathTable sequential = PathTableReader.channelAttribution().withParallelism(1).read(file);
    for (int threads = 2; threads <= 5; threads++) {
      PathTable parallel = PathTableReader.channelAttribution().withParallelism(threads).read(file);
      assertEquals(sequential.channels(), parallel.channels());
      assertEquals(sequential.pathCount(), parallel.pathCount());
      for (int p = 0; p < sequential.pathCount(); p++) {
        assertEquals(sequential.path(p), parallel.path(p));
        assertEquals(sequential.conversions(p), parallel.conversions(p));
        assertEquals(sequential.nulls(p), parallel.nulls(p));
        assertEquals(sequential.value(p), parallel.value(p), 1e-9 * sequential.value(p));
      }
      assertEquals(21 * 19_785L, parallel.totalConversions());
      assertEquals(sequential.totalValue(), parallel.totalValue(), 1e-6);
    }
    // a bad row near the end is reported with its global line number
    java.nio.file.Files.writeString(file, "a;-1;0;1\n", java.nio.file.StandardOpenOption.APPEND);
    IngestException e =
        assertThrows(
            IngestException.class,
            () -> PathTableReader.channelAttribution().withParallelism(3).read(file));
    assertEquals(1 + 21 * 10_000L + 1, e.rejection().line());
    assertEquals(file.toString(), e.rejection().source());
  }

  @Test
  void decimalValuesParseExactly() throws IOException {
    String text =
        "path;total_conversions;total_conversion_value;total_null\n"
            + "a;1;0.1;0\nb;1;3.195;0\nc;1;1e2;0\nd;1;12345678901234567890.5;0\n";
    PathTable t = read(PathTableReader.channelAttribution(), text);
    assertEquals(0.1, t.value(0));
    assertEquals(3.195, t.value(1));
    assertEquals(100.0, t.value(2));
    assertEquals(12345678901234567890.5, t.value(3));
  }

  @Test
  void readsATableWrittenByRsWriteCsvWithQuotesAndRowNames() throws IOException {
    // write.csv(df, "paths.csv") in R: strings quoted, a first column of row names, CRLF on
    // Windows; the channels are search and email, not "search and email" (issue 13)
    String text =
        "\uFEFF\"\",\"path\",\"total_conversions\",\"total_conversion_value\",\"total_null\"\r\n"
            + "\"1\",\"search > email\",3,30.5,7\r\n"
            + "\"2\",\"email\",1,2,0\r\n";
    PathTable t = read(PathTableReader.channelAttribution().withDelimiter(','), text);
    assertEquals(List.of("search", "email"), t.channels());
    assertEquals(List.of("search", "email"), t.path(0));
    assertEquals(4, t.totalConversions());
    assertEquals(32.5, t.totalValue());
    assertEquals(7, t.totalNulls());
  }

  @Test
  void sumsThatOverflowALongAreRejectedNotWrapped() {
    // issue 14: two rows of Long.MAX_VALUE conversions gave -2 conversions per channel
    long max = Long.MAX_VALUE;
    for (String second : new String[] {"a", "b"}) {
      String text =
          "path;total_conversions;total_conversion_value;total_null\n"
              + "a;"
              + max
              + ";1;0\n"
              + second
              + ";"
              + max
              + ";1;0\n";
      IngestException e =
          assertThrows(
              IngestException.class, () -> read(PathTableReader.channelAttribution(), text));
      assertEquals(3, e.rejection().line());
      assertTrue(e.getMessage().contains("must each sum to at most " + max), e.getMessage());
    }
  }

  @Test
  void quotedLineBreaksAcrossChunkBoundariesReadLikeOnePass(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    StringBuilder sb =
        new StringBuilder("path;total_conversions;total_conversion_value;total_null\n");
    for (int i = 0; sb.length() < (9 << 20); i++) {
      sb.append("\"a > b\nc\nd\n").append(i % 11).append("\";1;0.5;").append(i % 3).append('\n');
    }
    sb.append("a;-1;0;1\n");
    java.nio.file.Path file = dir.resolve("quoted.csv");
    java.nio.file.Files.writeString(file, sb);
    PathTableReader skip =
        PathTableReader.channelAttribution().withRejectPolicy(RejectPolicy.skipAndReport());
    PathTable.Builder one = PathTable.builder();
    IngestReport sequential = skip.withParallelism(1).read(file, one);
    PathTable expected = one.build();
    assertEquals(1, sequential.rejected());
    for (int threads = 2; threads <= 5; threads++) {
      PathTable.Builder b = PathTable.builder();
      IngestReport report = skip.withParallelism(threads).read(file, b);
      PathTable t = b.build();
      assertEquals(sequential.rejections(), report.rejections(), "threads " + threads);
      assertEquals(sequential.read(), report.read());
      assertEquals(expected.channels(), t.channels());
      assertEquals(expected.pathCount(), t.pathCount());
      assertEquals(expected.totalConversions(), t.totalConversions());
      assertEquals(expected.totalNulls(), t.totalNulls());
    }
  }
}
