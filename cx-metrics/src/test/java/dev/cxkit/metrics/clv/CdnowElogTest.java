package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.model.csv.RejectPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * BTYD's event log {@code cdnowElog.csv} ({@code masterid,sampleid,date,cds,sales}, dates yyyyMMdd;
 * see cdnow/SOURCE.md), read by column names without preprocessing, gives the published CDNOW fits:
 * Fader, Hardie &amp; Lee (2005) for BG/NBD (r 0.243, alpha 4.414, a 0.793, b 2.426) and Pareto/NBD
 * (r 0.553, alpha 10.578, s 0.606, beta 11.669), Fader &amp; Hardie (2013) for Gamma-Gamma (p 6.25,
 * q 3.74, gamma 15.44); log-likelihoods from shared/reference/golden-values.md.
 */
class CdnowElogTest {
  private static CustomerSummaries summaries() throws IOException {
    try (InputStream in = CdnowElogTest.class.getResourceAsStream(Cdnow.DIR + "cdnowElog.csv")) {
      TransactionImport elog =
          TransactionFormat.csv("masterid", "date", "sales")
              .withDatePattern("yyyyMMdd")
              .read(in, "cdnowElog.csv", RejectPolicy.failFast());
      assertEquals(6_919, elog.report().accepted());
      return CalibrationSplit.weeks(LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30))
          .summarise(elog.transactions().orElseThrow());
    }
  }

  @Test
  void elogByColumnNamesReproducesThePublishedFits() throws IOException {
    CustomerSummaries cbs = summaries();
    assertEquals(2_357, cbs.size());
    assertEquals(2_457, cbs.totalFrequency());
    assertEquals(1_882, cbs.totalHoldoutFrequency());
    BtydFit<BgNbd> bg = BgNbd.fit(cbs);
    assertEquals(0.243, bg.model().r(), 5e-4);
    assertEquals(4.414, bg.model().alpha(), 5e-4);
    assertEquals(0.793, bg.model().a(), 5e-4);
    assertEquals(2.426, bg.model().b(), 5e-4);
    assertEquals(-9582.4292, bg.logLikelihood(), 1e-3);
    BtydFit<ParetoNbd> pareto = ParetoNbd.fit(cbs);
    assertEquals(0.553, pareto.model().r(), 5e-4);
    assertEquals(10.578, pareto.model().alpha(), 5e-3);
    assertEquals(0.606, pareto.model().s(), 5e-4);
    assertEquals(11.669, pareto.model().beta(), 0.05);
    assertEquals(-9594.9762, pareto.logLikelihood(), 1e-3);
    BtydFit<GammaGamma> gg = GammaGamma.fit(cbs);
    assertEquals(6.25, gg.model().p(), 5e-3);
    assertEquals(3.74, gg.model().q(), 5e-3);
    assertEquals(15.44, gg.model().gamma(), 5e-3);
    assertEquals(-4055.9177, gg.logLikelihood(), 1e-3);
  }

  @Test
  void elogAndTheRawSampleGiveTheSameSummaries() throws IOException {
    CustomerSummaries elog = summaries();
    CustomerSummaries raw = Cdnow.summaries();
    for (int i = 0; i < raw.size(); i++) {
      assertEquals(raw.frequency(i), elog.frequency(i));
      assertEquals(raw.recency(i), elog.recency(i));
      assertEquals(raw.age(i), elog.age(i));
      assertEquals(raw.meanRepeatSpend(i), elog.meanRepeatSpend(i), 1e-9);
    }
  }
}
