package dev.cxkit.metrics.clv;

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
import dev.cxkit.model.csv.RejectPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hostile-input classes of issue 14 against the transaction and summary readers. */
class ClvReadersHostileInputTest {
  private static final TransactionFormat TX = TransactionFormat.csv("customer", "date", "amount");
  private static final String TX_HEADER = "customer,date,amount\n";
  private static final String SUM_HEADER = "id,x,t_x,T,m_x\n";

  private static TransactionImport tx(byte[] input) throws IOException {
    return TX.read(new ByteArrayInputStream(input), "tx.csv", RejectPolicy.failFast());
  }

  private static IngestException txFails(String input) {
    return assertThrows(IngestException.class, () -> tx(utf8(input)));
  }

  private static CustomerSummaries sums(byte[] input) throws IOException {
    return CustomerSummaryFormat.btyd().read(new ByteArrayInputStream(input), "cbs.csv");
  }

  private static IngestException sumsFail(String input) {
    return assertThrows(IngestException.class, () -> sums(utf8(input)));
  }

  @Test
  void emptyHeaderOnlyMissingDuplicateColumnsAndWrongSeparator() throws IOException {
    assertRejection(txFails("").rejection(), "tx.csv", 1, "header", "", "must start with a header");
    assertTrue(tx(utf8(TX_HEADER)).transactions().isEmpty());
    assertRejection(
        txFails("customer,day,amount\n").rejection(),
        "tx.csv",
        1,
        "header",
        "customer,day",
        "the date column 'date' must be in the header");
    assertRejection(
        txFails("customer,date,date,amount\n").rejection(),
        "tx.csv",
        1,
        "header",
        "date,date",
        "must appear once");
    assertRejection(
        txFails("customer;date;amount\nc;2024-01-01;1\n").rejection(),
        "tx.csv",
        1,
        "header",
        "customer;date",
        "columns are [customer;date;amount]");
    assertRejection(
        sumsFail("").rejection(), "cbs.csv", 1, "header", "", "must start with a header");
    assertRejection(
        sumsFail(SUM_HEADER).rejection(), "cbs.csv", 1, "record", "", "at least one customer row");
    assertRejection(
        sumsFail("id,x,t_x\n1,2,3\n").rejection(),
        "cbs.csv",
        1,
        "header",
        "id,x,t_x",
        "T or T_cal");
  }

  @Test
  void bomCrlfLoneCrAndQuotesReadExactly() throws IOException {
    String body = TX_HEADER + "\"a, b\",2024-01-01,1.5\nc,2024-01-02,2\n";
    for (byte[] input : List.of(withBom(body), utf8(crlf(body)), utf8(loneCr(body)))) {
      Transactions t = tx(input).transactions().orElseThrow();
      assertEquals("a, b", t.customer(0));
      assertEquals(LocalDate.of(2024, 1, 2), t.date(1));
    }
    CustomerSummaries s = sums(withBom(crlf(SUM_HEADER) + "\"c\nd\",2,30.5,38.5,12\r\n"));
    assertEquals("c\nd", s.customerId(0));
  }

  @Test
  void malformedUtf8() {
    IngestException e =
        assertThrows(
            IngestException.class, () -> tx(malformed(TX_HEADER + "caf", ",2024-01-01,1\n")));
    assertRejection(e.rejection(), "tx.csv", 2, "customer", "caf", "text must be UTF-8");
  }

  @Test
  void numbersNegativeZeroHugeNanInfinityHexAndOverflow() throws IOException {
    for (String amount : new String[] {"-1", "NaN", "Infinity", "0x1p3", "1e400", "1_000"}) {
      IngestException e = txFails(TX_HEADER + "c,2024-01-01," + amount + "\n");
      assertRejection(
          e.rejection(), "tx.csv", 2, "amount", amount.substring(0, 1), "amount must be");
    }
    assertEquals(
        0.0, tx(utf8(TX_HEADER + "c,2024-01-01,0\n")).transactions().orElseThrow().amount(0));
    assertRejection(
        sumsFail(SUM_HEADER + "1,-1,0,38,0\n").rejection(),
        "cbs.csv",
        2,
        "x",
        "-1",
        "in 0..2147483647");
    assertRejection(
        sumsFail(SUM_HEADER + "1,3000000000,1,38,0\n").rejection(),
        "cbs.csv",
        2,
        "x",
        "3000000000",
        "in 0..2147483647");
    assertRejection(
        sumsFail(SUM_HEADER + "1,2,NaN,38,0\n").rejection(),
        "cbs.csv",
        2,
        "t_x",
        "NaN",
        "finite decimal");
    assertRejection(
        sumsFail(SUM_HEADER + "1,2,40,38,5\n").rejection(),
        "cbs.csv",
        2,
        "record",
        "",
        "must not exceed T");
  }

  @Test
  void hugeFrequenciesDoNotAllocatePerPurchase() throws IOException {
    // issue 14: a summary with x = 2,000,000,000 exhausted the heap
    CustomerSummaries s =
        sums(utf8(SUM_HEADER + "1,2000000000,38,38.5,1\n2,0,0,38.5,0\n3,1,10,38.5,2\n"));
    assertEquals(2_000_000_000, s.frequency(0));
    BtydFit<BgNbd> fit = BgNbd.fit(s); // grouped by distinct x: no array of size x
    assertTrue(Double.isFinite(fit.logLikelihood()) || !fit.converged(), fit.toString());
  }

  @Test
  void impossibleAndOutOfRangeDates() {
    for (String d :
        new String[] {"1997-02-31", "1997-13-01", "+1000000000-01-01", "1997-1-1", "19970101"}) {
      IngestException e = txFails(TX_HEADER + "c," + d + ",1\n");
      assertRejection(e.rejection(), "tx.csv", 2, "date", d, "valid date written yyyy-MM-dd");
    }
  }

  @Test
  void duplicateIdsAndPerRowHoldoutLengths() {
    assertRejection(
        sumsFail(SUM_HEADER + "7,2,30,38,5\n8,0,0,38,0\n7,1,5,38,2\n").rejection(),
        "cbs.csv",
        4,
        "id",
        "7",
        "also on line 2");
    assertRejection(
        sumsFail("id,x,t_x,T,x_star,T_star\n1,2,30,38,1,39\n2,0,0,38,0,1\n").rejection(),
        "cbs.csv",
        3,
        "T_star",
        "1",
        "same on every row");
  }

  @Test
  void veryLongFieldsAndRecords() throws IOException {
    Transactions t =
        tx(utf8(TX_HEADER + "x".repeat(1_000_000) + ",2024-01-01,1\n"))
            .transactions()
            .orElseThrow();
    assertEquals(1_000_000, t.customer(0).length());
    IngestException e =
        assertThrows(
            IngestException.class,
            () ->
                TX.read(
                    new java.io.SequenceInputStream(
                        new ByteArrayInputStream(utf8(TX_HEADER)),
                        new ByteArrayInputStream(new byte[17 << 20])),
                    "tx.csv",
                    RejectPolicy.failFast()));
    assertRejection(e.rejection(), "tx.csv", 2, "record", "", "must be at most 16777216 bytes");
  }

  @Test
  void markupAndControlCharactersInIds() throws IOException {
    assertEquals(
        HOSTILE_NAME,
        tx(utf8(TX_HEADER + HOSTILE_NAME + ",2024-01-01,1\n"))
            .transactions()
            .orElseThrow()
            .customer(0));
    IngestException e = txFails(TX_HEADER + HOSTILE_NAME + ",2024-01-01,-1\n");
    assertRejection(e.rejection(), "tx.csv", 2, "amount", "-1", "amount must be >= 0");
    IngestException header = sumsFail("id," + HOSTILE_NAME + "\n1,2\n");
    assertRejection(header.rejection(), "cbs.csv", 1, "header", "<script>", "named x or frequency");
  }
}
