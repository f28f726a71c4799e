package dev.cxkit.model.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cxkit.model.*;
import dev.cxkit.model.experience.*;
import dev.cxkit.model.interaction.*;
import dev.cxkit.model.journey.*;
import dev.cxkit.model.json.*;
import dev.cxkit.model.lifecycle.*;
import dev.cxkit.model.map.*;
import dev.cxkit.model.persona.*;
import dev.cxkit.model.samples.*;
import dev.cxkit.model.survey.*;
import dev.cxkit.model.touchpoint.*;
import dev.cxkit.model.touchpoint.BusinessFunction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void blueprintAction() throws Exception {
    // @start region="blueprintAction"
    BlueprintAction check =
        BlueprintAction.builder()
            .id("credit-check")
            .lane(Lane.SUPPORT_PROCESSES)
            .description("Credit check of the new account")
            .owningFunction(BusinessFunction.of("finance", "Finance"))
            .build();
    // @end
  }

  @Test
  void blueprintLine() throws Exception {
    // @start region="blueprintLine"
    BlueprintLine.separating(Lane.FRONTSTAGE_ACTIONS, Lane.BACKSTAGE_ACTIONS);
    // Optional[LINE_OF_VISIBILITY]
    // @end
  }

  @Test
  void blueprintLink() throws Exception {
    // @start region="blueprintLink"
    BlueprintLink handOff = BlueprintLink.of("sign-order", "provision-account");
    // @end
  }

  @Test
  void lane() throws Exception {
    // @start region="lane"
    Lane.CUSTOMER_ACTIONS.linesCrossedTo(Lane.BACKSTAGE_ACTIONS);
    // [LINE_OF_INTERACTION, LINE_OF_VISIBILITY]
    // @end
  }

  @Test
  void blueprintStep() {
    // @start region="blueprintStep"
    BlueprintStep order =
        BlueprintStep.builder()
            .mapStepId("sign-contract")
            .addTouchpointId("e-signature")
            .addOwningFunctions(BusinessFunction.SALES, BusinessFunction.of("legal", "Legal"))
            .addAction(BlueprintAction.of("contract-pdf", Lane.PHYSICAL_EVIDENCE, "Contract PDF"))
            .addAction(BlueprintAction.of("sign", Lane.CUSTOMER_ACTIONS, "Buyer signs"))
            .build();
    order.actionsIn(Lane.CUSTOMER_ACTIONS); // [CUSTOMER_ACTIONS sign 'Buyer signs']
    // @end
    assertEquals(
        "[CUSTOMER_ACTIONS sign 'Buyer signs']", order.actionsIn(Lane.CUSTOMER_ACTIONS).toString());
  }

  @Test
  void serviceBlueprint() {
    JourneyMap map = JourneyMapSamples.b2bPurchase(); // has the step "kickoff"
    // @start region="serviceBlueprint"
    ServiceBlueprint bp =
        ServiceBlueprint.builder()
            .id("onboarding")
            .name("B2B onboarding")
            .journeyMapId("b2b-purchase")
            .addStep(
                BlueprintStep.builder()
                    .mapStepId("kickoff")
                    .addAction(BlueprintAction.of("ask", Lane.CUSTOMER_ACTIONS, "Asks for a plan"))
                    .addAction(
                        BlueprintAction.of("plan", Lane.BACKSTAGE_ACTIONS, "CSM drafts plan"))
                    .build())
            .addLink(BlueprintLink.of("ask", "plan"))
            .build();
    bp.crossings().get(0).lines(); // [LINE_OF_INTERACTION, LINE_OF_VISIBILITY]
    bp.checkLinkedTo(map); // every mapStepId and touchpoint id exists in the map
    // @end
    assertEquals(
        List.of(BlueprintLine.LINE_OF_INTERACTION, BlueprintLine.LINE_OF_VISIBILITY),
        bp.crossings().get(0).lines());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> bp.checkLinkedTo(JourneyMapSamples.cableOutage()));
    assertEquals(
        "blueprint 'onboarding'.journeyMapId must be the map's id 'cable-outage', was"
            + " 'b2b-purchase'",
        e.getMessage());
  }

  @Test
  void linkCrossing() {
    ServiceBlueprint blueprint = JourneyMapSamples.b2bOnboarding();
    List<String> outOfSight = new ArrayList<>();
    // @start region="linkCrossing"
    for (LinkCrossing c : blueprint.crossings()) {
      if (c.lines().contains(BlueprintLine.LINE_OF_VISIBILITY)) {
        outOfSight.add(c.toString()); // a hand-off out of the customer's sight
      }
    }
    // @end
    assertEquals(5, outOfSight.size());
    assertEquals(
        "ae-confirms -> book-deal (FRONTSTAGE_ACTIONS -> BACKSTAGE_ACTIONS, crosses"
            + " [LINE_OF_VISIBILITY])",
        outOfSight.get(0));
  }
}
