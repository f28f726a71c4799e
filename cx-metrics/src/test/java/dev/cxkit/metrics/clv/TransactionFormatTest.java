package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.csv.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionFormatTest {

  private static TransactionImport read(TransactionFormat f, String text) throws IOException {
    return f.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "tx.csv",
        RejectPolicy.skipAndReport());
  }

  @Test
  void everyRejectedLineIsReportedWithLineFieldValueAndRule() throws IOException {
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
            " 00005 0002 19970231  1   1.00",
            " 00005 0002 19970103  1   0.00");
    TransactionImport in = read(TransactionFormat.cdnowSample(), file);
    assertEquals(8, in.report().read()); // the blank line is not a record
    assertEquals(2, in.importedCount());
    List<Rejection> rejected = in.report().rejections();
    assertEquals(List.of(2L, 3L, 5L, 6L, 7L, 8L), rejected.stream().map(Rejection::line).toList());
    assertEquals(
        new Rejection(
            "tx.csv", 2, 3, "column 3", "1997013x", "date must be a valid date written yyyyMMdd"),
        rejected.get(0));
    assertTrue(
        rejected.get(1).rule().startsWith("amount must be a finite decimal"),
        rejected.get(1).rule());
    assertEquals("amount must be >= 0", rejected.get(2).rule());
    assertEquals("record must have at least 5 fields, had 3", rejected.get(3).rule());
    assertTrue(rejected.get(4).rule().startsWith("amount must be a finite decimal"));
    // strict dates: February 31st is an error, not the 28th (issue 14)
    assertEquals("19970231", rejected.get(5).value());
    Transactions t = in.transactions().orElseThrow();
    assertEquals("0001", t.customer(0));
    assertEquals(LocalDate.of(1997, 1, 1), t.date(0));
    assertEquals(29.33, t.amount(0));
  }

  @Test
  void namedColumnsInAnyOrderWithQuotesAndAnotherDatePattern() throws IOException {
    String file = "\uFEFFsales,\"date\",masterid,extra\n3.5,19970101,\"a, b\",x\n4,19970102,c,\n";
    TransactionImport in =
        read(TransactionFormat.csv("masterid", "date", "sales").withDatePattern("yyyyMMdd"), file);
    assertEquals(2, in.importedCount());
    assertEquals(0, in.report().rejected());
    Transactions t = in.transactions().orElseThrow();
    assertEquals("a, b", t.customer(0));
    assertEquals(LocalDate.of(1997, 1, 2), t.date(1));
    IngestException missing =
        assertThrows(
            IngestException.class,
            () -> read(TransactionFormat.csv("cust", "date", "sales"), file));
    assertTrue(
        missing.getMessage().contains("the customer column 'cust' must be in the header"),
        missing.getMessage());
  }

  @Test
  void aFileWithoutAHeaderIsDetectedNotMissingItsFirstPurchase() throws IOException {
    // issue 14: a transactions file without a header lost its first purchase silently
    String file = "c1,2024-01-02,3.5\nc2,2024-01-03,4\n";
    IngestException e =
        assertThrows(
            IngestException.class, () -> read(TransactionFormat.csv(0, 1, 2, "yyyy-MM-dd"), file));
    assertEquals(1, e.rejection().line());
    assertEquals(2, e.rejection().column());
    assertTrue(e.getMessage().contains("the file has no header?"), e.getMessage());
    assertTrue(e.getMessage().contains("--no-header"), e.getMessage());
    IngestException named =
        assertThrows(
            IngestException.class,
            () -> read(TransactionFormat.csv("customer", "date", "amount"), file));
    assertTrue(named.getMessage().contains("the file has no header?"), named.getMessage());
    TransactionImport in = read(TransactionFormat.csv(0, 1, 2, "yyyy-MM-dd").withoutHeader(), file);
    assertEquals(2, in.importedCount());
    assertEquals("c1", in.transactions().orElseThrow().customer(0));
  }

  @Test
  void noValidLineGivesNoLog() throws IOException {
    TransactionImport in = read(TransactionFormat.csv(0, 1, 2, "yyyy-MM-dd"), "h,d,a\nc1,bad,1\n");
    assertTrue(in.transactions().isEmpty());
    assertEquals(1, in.report().rejected());
    assertEquals(2L, in.report().rejections().get(0).line());
    assertEquals("d", in.report().rejections().get(0).field());
  }

  @Test
  void invalidFormatIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> TransactionFormat.csv(0, 1, 2, "yyyy-MM-{"));
    assertThrows(IllegalArgumentException.class, () -> TransactionFormat.csv(-1, 1, 2, "yyyy"));
    assertThrows(
        IllegalArgumentException.class, () -> TransactionFormat.csv("c", "d", "a").withoutHeader());
  }
}
