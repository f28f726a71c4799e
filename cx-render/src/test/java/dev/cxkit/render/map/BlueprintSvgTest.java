package dev.cxkit.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.blueprint.BlueprintStep;
import dev.cxkit.model.blueprint.ServiceBlueprint;
import dev.cxkit.model.samples.JourneyMapSamples;
import dev.cxkit.render.testing.Svgs;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class BlueprintSvgTest {
  private final ServiceBlueprint bp = JourneyMapSamples.b2bOnboarding();

  @Test
  void oneGroupPerActionOnePathPerLinkAndThreeLines() {
    Document d = Svgs.parse(BlueprintSvg.render(bp, Optional.of(JourneyMapSamples.b2bPurchase())));
    int actions = bp.steps().stream().mapToInt(s -> s.actions().size()).sum();
    assertEquals(actions, Svgs.nodes(d, "//s:g[@class='action']").getLength());
    assertEquals(bp.links().size(), Svgs.nodes(d, "//s:path[@class='blueprint-link']").getLength());
    assertEquals(3, Svgs.nodes(d, "//s:g[@class='blueprint-line']").getLength());
    assertEquals(bp.steps().size(), Svgs.nodes(d, "//s:g[@class='blueprint-step']").getLength());
    for (BlueprintStep s : bp.steps()) {
      for (var a : s.actions()) {
        assertEquals(
            a.lane().name().toLowerCase(java.util.Locale.ROOT),
            Svgs.nodes(d, "//s:g[@data-action-id='" + a.id() + "']/@data-lane")
                .item(0)
                .getNodeValue());
      }
    }
  }

  @Test
  void usesMapStepNamesWhenGiven() {
    String with = BlueprintSvg.render(bp, Optional.of(JourneyMapSamples.b2bPurchase()));
    String without = BlueprintSvg.render(bp, Optional.empty());
    String firstName =
        JourneyMapSamples.b2bPurchase().step(bp.steps().get(0).mapStepId()).orElseThrow().name();
    assertTrue(Svgs.text(with).contains(firstName));
    assertTrue(Svgs.text(without).contains(bp.steps().get(0).mapStepId()));
  }

  @Test
  void anEmptyBlueprintIsRejectedByTheModelWithAClearMessage() {
    // the model refuses a blueprint without steps, so the renderer never has to draw one
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () ->
                ServiceBlueprint.builder()
                    .from(bp)
                    .steps(java.util.List.of())
                    .links(java.util.List.of())
                    .build());
    assertTrue(e.getMessage().contains("steps must not be empty"), e.getMessage());
  }
}
