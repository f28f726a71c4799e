package dev.cxkit.metrics.clv;

import static dev.cxkit.model.testing.HostileInputs.assertRejection;
import static dev.cxkit.model.testing.HostileInputs.crlf;
import static dev.cxkit.model.testing.HostileInputs.malformed;
import static dev.cxkit.model.testing.HostileInputs.utf8;
import static dev.cxkit.model.testing.HostileInputs.withBom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cxkit.model.csv.IngestException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The BG/BB summaries reader: the donations file, and hostile input with file, line and rule. */
class DiscreteSummaryFormatTest {
  private static final String HEADER = "frequency,recency,periods,weights\n";

  private static DiscreteSummaries read(byte[] input) throws IOException {
    return DiscreteSummaryFormat.standard().read(new ByteArrayInputStream(input), "d.csv");
  }

  private static IngestException fails(byte[] input) {
    return assertThrows(IngestException.class, () -> read(input));
  }

  @Test
  void readsTheDonationsOfFaderHardieShang2010() {
    // Fader, Hardie & Shang (2010), Table 1: 22 patterns, 11,104 supporters of the 1995 cohort
    DiscreteSummaries d = Donations.summaries();
    assertEquals(22, d.size());
    double total = 0;
    for (int i = 0; i < d.size(); i++) {
      total += d.weight(i);
    }
    assertEquals(11_104, total, 0.0);
    assertEquals(0, d.frequency(0));
    assertEquals(3464, d.weight(0), 0.0);
  }

  @Test
  void bomCrlfQuotesIdAndSeparator() throws IOException {
    DiscreteSummaries d =
        read(withBom(crlf("id,frequency,recency,periods,count\n\"a, b\",2,3,6,4\nc,0,0,6,1\n")));
    assertEquals(2, d.size());
    assertEquals("a, b", d.customerId(0));
    assertEquals(4, d.weight(0), 0.0);
    DiscreteSummaries semi =
        DiscreteSummaryFormat.standard()
            .withSeparator(';')
            .read(new ByteArrayInputStream(utf8("frequency;recency;periods\n1;1;6\n")), "s.csv");
    assertEquals("row 1", semi.customerId(0));
    assertEquals(1.0, semi.weight(0), 0.0);
  }

  @Test
  void badRowsNameFileLineFieldValueAndRule() {
    assertRejection(fails(utf8("")).rejection(), "d.csv", 1, "header", "", "header");
    assertRejection(fails(utf8(HEADER)).rejection(), "d.csv", 2, "record", "", "at least one row");
    assertRejection(
        fails(utf8("frequency,periods\n1,6\n")).rejection(),
        "d.csv",
        1,
        "header",
        "frequency,periods",
        "recency");
    assertRejection(
        fails(utf8(HEADER + "0,0,6,10\n2,7,6,10\n")).rejection(),
        "d.csv",
        3,
        "record",
        "2,7,6,10",
        "t_x (recency) must be in [0, n=6]");
    assertRejection(
        fails(utf8(HEADER + "1.5,2,6,1\n")).rejection(), "d.csv", 2, "frequency", "1.5", "");
    assertRejection(fails(utf8(HEADER + "1,1,0,1\n")).rejection(), "d.csv", 2, "periods", "0", "");
    assertRejection(
        fails(utf8(HEADER + "1,1,6,NaN\n")).rejection(), "d.csv", 2, "weights", "NaN", "finite");
    assertRejection(
        fails(utf8(HEADER + "99999999999999999999,1,6,1\n")).rejection(),
        "d.csv",
        2,
        "frequency",
        "99999999999999999999",
        "");
  }

  @Test
  void malformedUtf8IsReportedWithLineAndColumn() {
    IngestException e = fails(malformed("id,frequency,recency,periods\nab", "c,1,1,6\n"));
    assertEquals(2, e.rejection().line());
    assertEquals(1, e.rejection().column());
  }
}
