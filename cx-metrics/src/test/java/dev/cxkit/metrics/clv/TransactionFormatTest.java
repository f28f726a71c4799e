package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionFormatTest {

  @Test
  void everyRejectedLineIsReportedWithNumberAndReason() throws IOException {
    String file =
        String.join(
            "\r\n",
            " 00004 0001 19970101  2   29.33",
            " 00004 0001 1997013x  2   29.33",
            " 00004 0001 19970118  2   abc",
            "",
            " 00004 0001 19970118  2   -1.00",
            " 00004 0001 19970119",
            " 00005 0002 19970102  1   NaN",
            " 00005 0002 19970103  1   0.00");
    TransactionImport in = TransactionFormat.cdnowSample().read(new StringReader(file));
    assertEquals(8, in.linesRead());
    assertEquals(2, in.importedCount());
    List<RejectedRow> rejected = in.rejected();
    assertEquals(
        List.of(2L, 3L, 4L, 5L, 6L, 7L), rejected.stream().map(RejectedRow::lineNumber).toList());
    assertTrue(rejected.get(0).reason().contains("date"), rejected.get(0).reason());
    assertTrue(rejected.get(0).reason().contains("1997013x"), rejected.get(0).reason());
    assertTrue(rejected.get(1).reason().contains("amount"), rejected.get(1).reason());
    assertTrue(rejected.get(2).reason().contains("blank"), rejected.get(2).reason());
    assertTrue(rejected.get(3).reason().contains(">= 0"), rejected.get(3).reason());
    assertTrue(rejected.get(4).reason().contains("fields"), rejected.get(4).reason());
    assertTrue(rejected.get(5).reason().contains("finite"), rejected.get(5).reason());
    Transactions t = in.transactions().orElseThrow();
    assertEquals("0001", t.customer(0));
    assertEquals(LocalDate.of(1997, 1, 1), t.date(0));
    assertEquals(29.33, t.amount(0));
  }

  @Test
  void csvWithHeader() throws IOException {
    String file = "id,date,value\nc1,2024-01-02,3.5\nc2,2024-01-03,4\n";
    TransactionImport in =
        TransactionFormat.csv(0, 1, 2, "yyyy-MM-dd").read(new StringReader(file));
    assertEquals(2, in.importedCount());
    assertEquals(List.of(), in.rejected());
    assertEquals(LocalDate.of(2024, 1, 3), in.transactions().orElseThrow().date(1));
  }

  @Test
  void noValidLineGivesNoLog() throws IOException {
    TransactionImport in =
        TransactionFormat.csv(0, 1, 2, "yyyy-MM-dd").read(new StringReader("h\nc1,bad,1\n"));
    assertTrue(in.transactions().isEmpty());
    assertEquals(1, in.rejected().size());
    assertEquals(2L, in.rejected().get(0).lineNumber());
  }

  @Test
  void invalidFormatIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> new TransactionFormat(',', 0, 0, 1, 2, "yyyy-MM-{"));
    assertThrows(
        IllegalArgumentException.class, () -> new TransactionFormat(',', -1, 0, 1, 2, "yyyy"));
  }
}
