package dev.cxkit.examples;

import dev.cxkit.metrics.clv.BgBb;
import dev.cxkit.metrics.clv.BgNbd;
import dev.cxkit.metrics.clv.BtydFit;
import dev.cxkit.metrics.clv.CalibrationSplit;
import dev.cxkit.metrics.clv.ClvSpecification;
import dev.cxkit.metrics.clv.CustomerScores;
import dev.cxkit.metrics.clv.CustomerSummaries;
import dev.cxkit.metrics.clv.DiscreteSummaries;
import dev.cxkit.metrics.clv.DiscreteSummaryFormat;
import dev.cxkit.metrics.clv.GammaGamma;
import dev.cxkit.metrics.clv.PredictionBootstrap;
import dev.cxkit.metrics.clv.PredictionIntervals;
import dev.cxkit.metrics.clv.TransactionFormat;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How sure is a CLV forecast? BG/NBD and Gamma–Gamma on CDNOW score every customer for the next
 * twelve months, and a seeded bootstrap puts intervals around the base's purchases: one for their
 * expectation (parameter uncertainty) and one for the purchases that will actually happen
 * (parameter and process uncertainty). Then BG/BB, the discrete-time model, on Fader, Hardie &amp;
 * Shang's donations data (one gift opportunity a year).
 */
public final class ClvIntervalsAndBgBb {
  private ClvIntervalsAndBgBb() {}

  /** Prints the top customers, the base's intervals and the BG/BB fit. */
  public static void main(String[] args) throws IOException {
    CustomerSummaries cbs =
        CalibrationSplit.weeks(LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30))
            .summarise(
                TransactionFormat.cdnowSample()
                    .read(ExampleData.file("cdnow/CDNOW_sample.txt"))
                    .transactions()
                    .orElseThrow());
    BtydFit<BgNbd> fit = BgNbd.fit(cbs);
    BtydFit<GammaGamma> spend = GammaGamma.fit(cbs);
    ClvSpecification twelveMonths =
        ClvSpecification.builder()
            .margin(0.3)
            .periods(12)
            .periodLength(52.0 / 12)
            .discountRate(0.01)
            .build();
    CustomerScores scores = CustomerScores.score(fit.model(), spend.model(), cbs, twelveMonths);
    for (CustomerScores.Row r : scores.top(3)) {
      System.out.println(r);
    }
    PredictionIntervals pi =
        PredictionBootstrap.parametric(200, 42)
            .replicate(fit, spend, cbs)
            .predict(cbs, twelveMonths, 0.9);
    System.out.println(
        String.format(
            Locale.ROOT,
            "purchases in 12 months: %.0f, expectation 90%% [%.0f, %.0f], realised 90%% [%.0f, %.0f]",
            pi.transactions().estimate(),
            pi.transactions().parameterInterval().lower(),
            pi.transactions().parameterInterval().upper(),
            pi.transactions().predictionInterval().lower(),
            pi.transactions().predictionInterval().upper()));
    DiscreteSummaries donors =
        DiscreteSummaryFormat.standard().read(ExampleData.file("donations/donations.csv"));
    BgBb bb = BgBb.fit(donors).model();
    System.out.println(
        String.format(
            Locale.ROOT,
            "BG/BB alpha=%.3f beta=%.3f gamma=%.3f delta=%.3f; a donor who gave in all 6 years:"
                + " P(alive)=%.3f, next 5 years %.2f gifts",
            bb.alpha(),
            bb.beta(),
            bb.gamma(),
            bb.delta(),
            bb.probabilityAlive(6, 6, 6),
            bb.conditionalExpectedTransactions(5, 6, 6, 6)));
  }
}
