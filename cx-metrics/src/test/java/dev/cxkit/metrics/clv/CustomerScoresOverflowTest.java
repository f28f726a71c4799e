package dev.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 14: spends near the double limit give a clear error, not an Infinity lifetime value. */
class CustomerScoresOverflowTest {

  private static final ClvSpecification SPEC =
      ClvSpecification.builder().margin(1.0).periods(12).periodLength(4).build();

  @Test
  void aLifetimeValueBeyondTheDoubleRangeIsRefusedWithItsRow() {
    // Fader, Hardie & Lee (2005) BG/NBD and Fader & Hardie (2013) Gamma-Gamma CDNOW parameters
    BgNbd model = BgNbd.of(0.243, 4.414, 0.793, 2.426);
    GammaGamma spend = GammaGamma.of(6.25, 3.74, 15.44);
    CustomerSummaries base =
        CustomerSummaries.builder()
            .add("modest", 2, 30.0, 39.0, 20.0)
            .add("huge", 20, 38.0, 39.0, 1e308)
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CustomerScores.score(model, spend, base, SPEC));
    assertTrue(
        e.getMessage().startsWith("lifetime value of row 1 is not a finite number"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("exceeds the double range"), e.getMessage());
  }

  @Test
  void aTotalBeyondTheDoubleRangeIsRefused() {
    BgNbd model = BgNbd.of(0.243, 4.414, 0.793, 2.426);
    GammaGamma spend = GammaGamma.of(6.25, 3.74, 15.44);
    CustomerSummaries.Builder b = CustomerSummaries.builder();
    for (int i = 0; i < 50; i++) {
      b.add("c" + i, 20, 38.0, 39.0, 1e306);
    }
    CustomerScores scores = CustomerScores.score(model, spend, b.build(), SPEC);
    assertTrue(Double.isFinite(scores.lifetimeValue(0).getAsDouble()));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, scores::totalLifetimeValue);
    assertTrue(
        e.getMessage().startsWith("total over the base is not a finite number"), e.getMessage());
  }
}
