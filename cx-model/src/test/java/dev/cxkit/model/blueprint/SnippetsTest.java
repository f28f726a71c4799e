package dev.cxkit.model.blueprint;

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
}
