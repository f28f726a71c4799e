package dev.cxkit.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.funnel.FunnelResult;
import dev.cxkit.journey.funnel.FunnelStep;
import dev.cxkit.render.testing.EngineFixtures;
import dev.cxkit.render.testing.RenderFixtures;
import dev.cxkit.render.testing.Svgs;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FunnelChartTest {
  @Test
  void oneGroupPerStepWithBarWhiskerAndDropOff() {
    Document d = Svgs.parse(RenderFixtures.funnel());
    assertEquals(3, Svgs.nodes(d, "//s:g[@class='funnel-step']").getLength());
    assertEquals(3, Svgs.nodes(d, "//s:g[@class='funnel-step']/s:rect[@class='bar']").getLength());
    assertEquals(3, Svgs.nodes(d, "//s:g[@class='funnel-step']/s:g[@class='whisker']").getLength());
    String text = Svgs.text(RenderFixtures.funnel());
    // 410 of 820 = 50.0% from previous; drop-off 410
    assertTrue(text.contains("50.0% of previous · drop-off 410 (50.0%)"), text);
    assertTrue(text.contains("overall conversion 23.0%"), text);
  }

  @Test
  void zeroEntrantsOrNoStepsShowAMessage() {
    String zero = FunnelChart.render("Empty", 0, List.of(new FunnelChart.Step("a", 0, 0, 0)));
    assertEquals(1, Svgs.count(zero, "//s:g[@class='no-data']"));
    assertTrue(Svgs.text(zero).contains("zero entrants"));
    assertEquals(
        1, Svgs.count(FunnelChart.render("None", 10, List.of()), "//s:g[@class='no-data']"));
  }

  @Test
  void inconsistentInputNamesTheProblem() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FunnelChart.render("x", 10, List.of(new FunnelChart.Step("pay", 11, 0, 1))));
    assertTrue(e.getMessage().contains("step.reached") && e.getMessage().contains("pay"));
    assertThrows(IllegalArgumentException.class, () -> new FunnelChart.Step("a", 1, 0.5, 0.4));
    assertThrows(IllegalArgumentException.class, () -> FunnelChart.render("x", -1, List.of()));
  }

  @Test
  void aJourneyEngineResultIsDrawnOnTheApisOneDenominator() {
    // 7 shop journeys, 6 reach 'product' (the entrants), 3 of them go on to cart and order:
    // the API says 3/6 = 50.0 %; dividing by all 7 journeys would say 42.9 %
    FunnelResult r = EngineFixtures.shopFunnel();
    assertEquals(7, r.journeys());
    assertEquals(6, r.steps().get(0).reached());
    String svg = FunnelChart.of("Funnel", r);
    String text = Svgs.text(svg);
    assertTrue(text.contains("overall conversion " + pct(r.overallConversion())), text);
    assertTrue(text.contains("overall conversion 50.0%"), text);
    assertTrue(text.contains("6 entrants (journeys reaching 'product' of 7 analyzed)"), text);
    assertTrue(text.contains("drop-off before: 1 of 7 (14.3%)"), text);
    Document doc = Svgs.parse(svg);
    NodeList bars = Svgs.nodes(doc, "//s:g[@class='funnel-step']/s:rect[@class='bar']");
    NodeList whiskers =
        Svgs.nodes(doc, "//s:g[@class='funnel-step']/s:g[@class='whisker']/s:line[1]");
    assertEquals(r.steps().size(), bars.getLength());
    for (int i = 0; i < r.steps().size(); i++) {
      FunnelStep step = r.steps().get(i);
      assertTrue(
          text.contains(step.reached() + " · " + pct(step.conversionFromStart())), step.name());
      Element bar = (Element) bars.item(i);
      Element line = (Element) whiskers.item(i);
      double barEnd = num(bar, "x") + num(bar, "width");
      double lo = Math.min(num(line, "x1"), num(line, "x2"));
      double hi = Math.max(num(line, "x1"), num(line, "x2"));
      assertTrue(
          lo <= barEnd + 1e-6 && barEnd <= hi + 1e-6,
          step.name() + ": " + lo + " " + barEnd + " " + hi);
    }
  }

  @Test
  void stepsWhoseIntervalMissesTheirBarAreRefused() {
    // a whisker on reached/first-step (0.5) under a bar on reached/all (0.3): two denominators
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FunnelChart.render("x", 10, List.of(new FunnelChart.Step("pay", 3, 0.4, 0.6))));
    assertTrue(e.getMessage().contains("must enclose the step's share"), e.getMessage());
    assertTrue(e.getMessage().contains("'pay'"), e.getMessage());
  }

  private static String pct(double p) {
    return String.format(Locale.ROOT, "%.1f%%", p * 100);
  }

  private static double num(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }
}
