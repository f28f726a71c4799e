package dev.cxkit.model.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.*;
import dev.cxkit.model.blueprint.*;
import dev.cxkit.model.experience.*;
import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.journey.*;
import dev.cxkit.model.json.*;
import dev.cxkit.model.lifecycle.*;
import dev.cxkit.model.map.*;
import dev.cxkit.model.persona.*;
import dev.cxkit.model.samples.*;
import dev.cxkit.model.survey.*;
import dev.cxkit.model.survey.Rating;
import dev.cxkit.model.testing.ModelExamples;
import dev.cxkit.model.touchpoint.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void interaction() throws Exception {
    // @start region="interaction"
    Interaction call =
        Interaction.builder()
            .id("e-1001")
            .customerId("c-42")
            .timestamp(Instant.parse("2024-03-01T10:15:30Z"))
            .touchpointId("support-call")
            .channelId("phone")
            .stageId("retention")
            .type("call")
            .initiator(Initiator.CUSTOMER)
            .outcome(Outcome.TRANSFERRED)
            .effort(Rating.of(Scale.ces1(), 4))
            .emotion(Emotion.ofMapScore(-1))
            .putAttribute("queue", "billing")
            .build();
    // @end
  }

  @Test
  void money() throws Exception {
    // @start region="money"
    Money order = Money.of("129.90", "EUR");
    Money credit = Money.of(new BigDecimal("-15.00"), Currency.getInstance("USD"));
    // @end
  }

  @Test
  void interactionLog() throws Exception {
    Interaction call = ModelExamples.outageCall();
    Interaction visit = ModelExamples.technicianVisit();
    // @start region="interactionLog"
    InteractionLog log = InteractionLog.of(List.of(call, visit));
    String json = CxJson.strict().toJson(log); // {"schemaVersion":1,"interactions":[...]}
    // @end
    assertTrue(json.startsWith("{\"schemaVersion\":1,\"interactions\":[{"), json);
    assertEquals(
        log.interactions(), CxJson.strict().fromJson(json, InteractionLog.class).interactions());
  }
}
