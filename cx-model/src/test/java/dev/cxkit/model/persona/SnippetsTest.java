package dev.cxkit.model.persona;

import dev.cxkit.model.*;
import dev.cxkit.model.blueprint.*;
import dev.cxkit.model.experience.*;
import dev.cxkit.model.interaction.*;
import dev.cxkit.model.journey.*;
import dev.cxkit.model.json.*;
import dev.cxkit.model.lifecycle.*;
import dev.cxkit.model.map.*;
import dev.cxkit.model.samples.*;
import dev.cxkit.model.survey.*;
import dev.cxkit.model.touchpoint.*;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void attributes() throws Exception {
    // @start region="attributes"
    Attributes it =
        Attributes.builder()
            .putDemographic("role", "IT director")
            .putPsychographic("risk attitude", "cautious")
            .putFirmographic("employees", "500-1000")
            .build();
    // @end
  }

  @Test
  void persona() throws Exception {
    // @start region="persona"
    Persona cio =
        Persona.builder()
            .id("cio")
            .name("Chris, CIO")
            .addBuyingRoles(BuyingRole.DECIDER, BuyingRole.APPROVER)
            .addGoals("reduce vendor risk")
            .putStageEngagement("selection", StageEngagement.of(ParticipationLevel.DRIVER))
            .build();
    cio.holds(BuyingRole.DECIDER); // true
    // @end
  }

  @Test
  void segment() throws Exception {
    // @start region="segment"
    Segment smb =
        Segment.builder()
            .id("smb")
            .name("Small businesses")
            .attributes(Attributes.builder().putFirmographic("employees", "1-49").build())
            .addNeeds("predictable monthly cost")
            .addChannelPreferences("web", "chat")
            .build();
    // @end
  }

  @Test
  void stageEngagement() throws Exception {
    // @start region="stageEngagement"
    StageEngagement cioInSelection =
        StageEngagement.builder()
            .participation(ParticipationLevel.GATEKEEPER)
            .addInformationalNeeds("security certifications", "integration effort")
            .addActivities("security review")
            .addContentPreferences("whitepaper")
            .build();
    // @end
  }
}
