package dev.cxkit.examples;

import dev.cxkit.metrics.clv.BgNbd;
import dev.cxkit.metrics.clv.CalibrationSplit;
import dev.cxkit.metrics.clv.CustomerSummaries;
import dev.cxkit.metrics.clv.GammaGamma;
import dev.cxkit.metrics.clv.TransactionFormat;
import dev.cxkit.metrics.clv.Transactions;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Customer lifetime value on real data: the CDNOW sample (2,357 customers who first bought music in
 * Q1 1997). The purchase log is split into 39 weeks of calibration and 39 of holdout; BG/NBD learns
 * purchase and drop-out rates from the calibration weeks and predicts the holdout, which is then
 * compared with what customers actually did. Gamma–Gamma adds spend per purchase.
 */
public final class ClvOnCdnow {
  private ClvOnCdnow() {}

  /** Prints the fitted parameters and the holdout check. */
  public static void main(String[] args) throws IOException {
    Transactions log =
        TransactionFormat.cdnowSample()
            .read(ExampleData.file("cdnow/CDNOW_sample.txt"))
            .transactions()
            .orElseThrow();
    CustomerSummaries cbs =
        CalibrationSplit.weeks(LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30)).summarise(log);
    BgNbd bg = BgNbd.fit(cbs).model();
    System.out.println(
        String.format(
            Locale.ROOT,
            "BG/NBD r=%.3f alpha=%.3f a=%.3f b=%.3f",
            bg.r(),
            bg.alpha(),
            bg.a(),
            bg.b()));
    System.out.println(
        String.format(
            Locale.ROOT,
            "holdout repeat purchases: predicted %.0f, actual %.0f",
            bg.expectedHoldoutTransactions(cbs),
            cbs.totalHoldoutFrequency()));
    GammaGamma gg = GammaGamma.fit(cbs).model();
    System.out.println(
        String.format(
            Locale.ROOT,
            "Gamma-Gamma p=%.3f q=%.3f gamma=%.3f, mean spend per purchase %.2f",
            gg.p(),
            gg.q(),
            gg.gamma(),
            gg.populationMeanSpend()));
  }
}
