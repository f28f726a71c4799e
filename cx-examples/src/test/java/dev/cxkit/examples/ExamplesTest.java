package dev.cxkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs every example and checks what it prints, so the examples never rot. */
class ExamplesTest {

  interface Main {
    void run(String[] args) throws Exception;
  }

  static String run(Main main) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      main.run(new String[0]);
    } finally {
      System.setOut(saved);
    }
    String out = buffer.toString(StandardCharsets.UTF_8);
    assertTrue(
        out.chars().noneMatch(c -> c >= 0x0660 && c <= 0x0669), "ASCII digits in any locale");
    return out;
  }

  @Test
  void npsWithIntervals() throws Exception {
    String out = run(NpsWithIntervals::main);
    // NPS = (250 - 75) / 1000; Wald half-width 1.96 * sqrt((0.325 - 0.175^2) / 1000) = 3.4 points
    assertTrue(out.contains("WALD                 NPS 17.5  95% interval [14.1, 20.9]"), out);
    assertEquals(4, out.strip().lines().count(), out);
  }

  @Test
  void compareTwoNpsSamples() throws Exception {
    String out = run(CompareTwoNpsSamples::main);
    // difference of the sample NPS 0.225 - 0.100 = 0.125; the adjusted-Wald test and interval
    // are centred on the difference of the adjusted estimates, (150.75 - 60.75 - 120.75 + 80.75)
    // / 403 = 0.12407
    assertTrue(
        out.contains("NPS ADJUSTED_WALD_Z: difference 0.12500, interval centre 0.12407"), out);
    assertTrue(out.contains("significant at 5%: yes"), out);
  }

  @Test
  void keyDrivers() throws Exception {
    String out = run(KeyDriversOfRecommendation::main);
    var lines = out.strip().lines().toList();
    assertTrue(lines.get(1).startsWith("agent"), out);
    assertTrue(lines.get(3).startsWith("status page"), out);
  }

  @Test
  void clvIntervalsAndBgBb() throws Exception {
    String out = run(ClvIntervalsAndBgBb::main);
    // Fader, Hardie & Shang (2010): alpha 1.204, beta 0.750, gamma 0.657, delta 2.783
    assertTrue(out.contains("BG/BB alpha=1.204 beta=0.750 gamma=0.657 delta=2.783"), out);
    assertTrue(out.contains("expectation 90% ["), out);
    assertEquals(5, out.strip().lines().count(), out);
  }

  @Test
  void retentionCurves() throws Exception {
    String out = run(RetentionCurves::main);
    // KM by hand: S(10) = 4/5; at 20, 4 at risk and 1 event: 0.8 * 3/4 = 0.6 (the censored
    // customer at 20 is still at risk at 20); at 30, 2 at risk and 1 event: 0.3
    assertTrue(out.contains("KM S(10) = 0.8000"), out);
    assertTrue(out.contains("KM S(20) = 0.6000"), out);
    assertTrue(out.contains("KM S(30) = 0.3000"), out);
    // Fader & Hardie (2007), regular segment: alpha = 0.704, beta = 1.182 on years 0-7; on years
    // 0-4 only the fit is alpha 0.764, beta 1.296 (cxkit's retention tests)
    assertTrue(out.contains("sBG alpha = 0.76"), out);
  }

  @Test
  void clvOnCdnow() throws Exception {
    String out = run(ClvOnCdnow::main);
    // Fader, Hardie & Lee (2005): r = 0.243, alpha = 4.414, a = 0.793, b = 2.426
    assertTrue(out.contains("BG/NBD r=0.243 alpha=4.414 a=0.793 b=2.426"), out);
    assertTrue(out.contains("holdout repeat purchases: predicted 1653, actual 1882"), out);
    assertTrue(out.contains("Gamma-Gamma p=6.25"), out);
  }

  @Test
  void journeysAndFunnel() throws Exception {
    String out = run(JourneysAndFunnel::main);
    assertTrue(out.startsWith("4 journeys, 2 converted"), out);
    assertTrue(out.contains("home   reached 4, dropped 0"), out);
    assertTrue(out.contains("cart   reached 2, dropped 2, from previous 0.50"), out);
    assertTrue(out.contains("order  reached 1, dropped 1, from previous 0.50"), out);
  }

  @Test
  void channelAttribution() throws Exception {
    String out = run(ChannelAttributionMarkov::main);
    // the table's totals, from its SOURCE.md
    assertTrue(out.startsWith("19785 conversions"), out);
    assertEquals(13, out.strip().lines().count(), out);
  }

  @Test
  void journeyMaps() throws Exception {
    String out = run(LoadAndDiffJourneyMaps::main);
    assertTrue(out.startsWith("round trip equal: true"), out);
    assertTrue(out.contains("added:") && out.contains("removed:") && out.contains("changed:"), out);
  }
}
