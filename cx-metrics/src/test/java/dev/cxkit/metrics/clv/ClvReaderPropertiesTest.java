package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.testing.CsvWriting;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The CLV readers: round trip with arbitrary ids (issue 13); arbitrary bytes (issue 14). */
class ClvReaderPropertiesTest {
  @Provide
  Arbitrary<List<String>> ids() {
    // ids are stripped of surrounding blanks by the reader
    return CsvWriting.names()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }

  @Property(tries = 300)
  void transactionsRoundTrip(
      @ForAll("ids") List<String> ids,
      @ForAll boolean bom,
      @ForAll boolean quoteAll,
      @ForAll @IntRange(min = 0, max = 2) int lineEnd)
      throws IOException {
    String eol = new String[] {"\n", "\r\n", "\r"}[lineEnd];
    StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
    sb.append(CsvWriting.record(List.of("date", "amount", "customer"), ',', quoteAll));
    for (int i = 0; i < ids.size(); i++) {
      LocalDate d = LocalDate.of(1997, 1, 1).plusDays(i * 13L);
      sb.append(eol)
          .append(
              CsvWriting.record(
                  List.of(d.toString().replace("-", ""), i + ".25", ids.get(i)), ',', quoteAll));
    }
    Transactions t =
        TransactionFormat.csv("customer", "date", "amount")
            .withDatePattern("yyyyMMdd")
            .read(
                new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)),
                "tx.csv",
                RejectPolicy.failFast())
            .transactions()
            .orElseThrow();
    assertEquals(ids.size(), t.size());
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(ids.get(i), t.customer(i));
      assertEquals(LocalDate.of(1997, 1, 1).plusDays(i * 13L), t.date(i));
      assertEquals(i + 0.25, t.amount(i));
    }
  }

  @Property(tries = 200)
  void summariesRoundTrip(@ForAll("ids") List<String> ids, @ForAll boolean quoteAll)
      throws IOException {
    List<String> unique = ids.stream().distinct().toList();
    StringBuilder sb = new StringBuilder("customer_id,frequency,recency,T,monetary_value\n");
    for (int i = 0; i < unique.size(); i++) {
      sb.append(
              CsvWriting.record(
                  List.of(
                      unique.get(i),
                      Integer.toString(i),
                      i == 0 ? "0" : "1.5",
                      "30",
                      i == 0 ? "0" : "9.75"),
                  ',',
                  quoteAll))
          .append('\n');
    }
    CustomerSummaries s =
        CustomerSummaryFormat.btyd()
            .read(
                new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)), "s.csv");
    assertEquals(unique.size(), s.size());
    for (int i = 0; i < unique.size(); i++) {
      assertEquals(unique.get(i), s.customerId(i));
      assertEquals(i, s.frequency(i));
    }
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return CsvWriting.bytesAfter(
        "customer,date,amount\n", "id,x,t_x,T\n", " 00001 0001 19970101 1 ");
  }

  @Property(tries = 1000)
  void arbitraryBytesGiveAResultOrAnIngestException(@ForAll("bytes") byte[] input)
      throws IOException {
    try {
      TransactionFormat.csv("customer", "date", "amount")
          .read(new ByteArrayInputStream(input), "x", RejectPolicy.skipAndReport());
    } catch (IngestException expected) {
      // a clear error
    }
    try {
      TransactionFormat.cdnowSample()
          .read(new ByteArrayInputStream(input), "x", RejectPolicy.skipAndReport());
    } catch (IngestException expected) {
      // a clear error
    }
    try {
      CustomerSummaryFormat.btyd().read(new ByteArrayInputStream(input), "x");
    } catch (IngestException expected) {
      // a clear error
    }
  }
}
