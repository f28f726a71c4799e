package dev.cxkit.journey.attribution;

import static dev.cxkit.model.testing.HostileInputs.HOSTILE_NAME;
import static dev.cxkit.model.testing.HostileInputs.assertRejection;
import static dev.cxkit.model.testing.HostileInputs.crlf;
import static dev.cxkit.model.testing.HostileInputs.loneCr;
import static dev.cxkit.model.testing.HostileInputs.malformed;
import static dev.cxkit.model.testing.HostileInputs.utf8;
import static dev.cxkit.model.testing.HostileInputs.withBom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.model.csv.IngestException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hostile-input classes of issue 14 against {@link PathTableReader}. */
class PathTableHostileInputTest {
  private static final String HEADER = "path;total_conversions;total_conversion_value;total_null\n";
  private static final String SRC = "paths.csv";
  private static final PathTableReader READER = PathTableReader.channelAttribution();

  private static PathTable read(byte[] input) throws IOException {
    return READER.read(new ByteArrayInputStream(input), SRC);
  }

  private static IngestException fails(byte[] input) {
    return assertThrows(IngestException.class, () -> read(input));
  }

  private static IngestException fails(String input) {
    return fails(utf8(input));
  }

  @Test
  void emptyHeaderOnlyMissingAndDuplicateColumns() throws IOException {
    assertRejection(fails("").rejection(), SRC, 1, "header", "", "must start with a header line");
    assertEquals(0, read(utf8(HEADER)).pathCount());
    assertRejection(
        fails("path;total_conversions;total_null\na;1;0\n").rejection(),
        SRC,
        1,
        "header",
        "path;total_conversions",
        "'total_conversion_value' must be in");
    assertRejection(
        fails("path;path;total_conversions;total_conversion_value;total_null\n").rejection(),
        SRC,
        1,
        "header",
        "path;path",
        "must appear once");
  }

  @Test
  void wrongSeparator() {
    IngestException e =
        fails("path,total_conversions,total_conversion_value,total_null\na,1,1,0\n");
    assertRejection(e.rejection(), SRC, 1, "header", "path,total", "'path' must be in the header");
  }

  @Test
  void bomCrlfLoneCrAndQuotesReadExactly() throws IOException {
    String body = HEADER + "\"a > say \"\"hi\"\"\";1;2.5;3\nb;1;1;0\n";
    for (byte[] input : List.of(withBom(body), utf8(crlf(body)), utf8(loneCr(body)))) {
      PathTable t = read(input);
      assertEquals(List.of("a", "say \"hi\""), t.path(0));
      assertEquals(2, t.totalConversions());
      assertEquals(3.5, t.totalValue());
    }
    PathTable multiline = read(utf8(HEADER + "\"x\ny > z\";1;1;0\n"));
    assertEquals(List.of("x\ny", "z"), multiline.path(0));
  }

  @Test
  void malformedUtf8() {
    IngestException e = fails(malformed(HEADER + "caf", " > b;1;1;0\n"));
    assertRejection(e.rejection(), SRC, 2, "path", "caf", "text must be UTF-8");
  }

  @Test
  void numbersNegativeZeroHugeNanInfinityHex() {
    String[][] cases = {
      {"a;-1;0;1", "total_conversions", "count must be >= 0"},
      {"a;0;0;0", "record", "a row must have conversions or nulls"},
      {"a;1;NaN;0", "total_conversion_value", "finite decimal"},
      {"a;1;Infinity;0", "total_conversion_value", "finite decimal"},
      {"a;1;1e400;0", "total_conversion_value", "finite decimal"},
      {"a;0x1;1;0", "total_conversions", "whole number"},
      {"a;1;-2;0", "total_conversion_value", "value must be >= 0"},
      {"a;99999999999999999999;1;0", "total_conversions", "within"},
    };
    for (String[] c : cases) {
      IngestException e = fails(HEADER + c[0] + "\n");
      assertRejection(e.rejection(), SRC, 2, c[1], "", c[2]);
    }
  }

  @Test
  void overflowOfSums() {
    long max = Long.MAX_VALUE;
    IngestException e = fails(HEADER + "a;" + max + ";1;0\nb;1;1;0\n");
    assertRejection(e.rejection(), SRC, 3, "total_conversions", "1", "must each sum to at most");
  }

  @Test
  void repeatedPathsAreAggregatedNotDuplicated() throws IOException {
    PathTable t = read(utf8(HEADER + "a > b;1;1;0\na > b;2;2;1\n"));
    assertEquals(1, t.pathCount());
    assertEquals(3, t.conversions(0));
  }

  @Test
  void veryLongPathsAndRecordLimits() throws IOException {
    StringBuilder longPath = new StringBuilder("c0");
    for (int i = 1; i < 200_000; i++) {
      longPath.append(" > c").append(i % 5);
    }
    assertEquals(200_000, read(utf8(HEADER + longPath + ";1;1;0\n")).pathLength(0));
    IngestException e =
        assertThrows(
            IngestException.class,
            () ->
                READER.read(
                    new java.io.SequenceInputStream(
                        new ByteArrayInputStream(utf8(HEADER)),
                        new ByteArrayInputStream(new byte[17 << 20])),
                    SRC));
    assertRejection(e.rejection(), SRC, 2, "record", "", "record must be at most 16777216 bytes");
  }

  @Test
  void markupAndControlCharactersInChannels() throws IOException {
    // '>' separates channels in this layout, so the hostile name here has markup without it
    String name =
        "<img src=x onerror=alert(1)/" + HOSTILE_NAME.substring(HOSTILE_NAME.indexOf('\u001B'));
    PathTable t = read(utf8(HEADER + name + " > b;1;1;0\n"));
    assertEquals(name, t.channel(0));
    IngestException e = fails(HEADER + name + " > > b;1;1;0\n");
    assertRejection(e.rejection(), SRC, 2, "path", "<img", "channel must not be empty");
  }
}
