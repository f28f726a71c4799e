package dev.cxkit.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.render.testing.RenderFixtures;
import dev.cxkit.render.testing.Svgs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

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
}
