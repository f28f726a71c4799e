package dev.cxkit.model.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.model.*;
import dev.cxkit.model.blueprint.*;
import dev.cxkit.model.experience.*;
import dev.cxkit.model.interaction.*;
import dev.cxkit.model.json.*;
import dev.cxkit.model.lifecycle.*;
import dev.cxkit.model.map.*;
import dev.cxkit.model.persona.*;
import dev.cxkit.model.samples.*;
import dev.cxkit.model.survey.*;
import dev.cxkit.model.testing.ModelExamples;
import dev.cxkit.model.touchpoint.*;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void journeyType() throws Exception {
    // @start region="journeyType"
    JourneyType outage = JourneyType.UNPREDICTABLE_SERVICE;
    JourneyType onboarding = JourneyType.custom("onboarding", "Onboarding");
    // @end
  }

  @Test
  void journey() {
    Interaction outageCall = ModelExamples.outageCall(); // 2024-03-01T08:00Z
    Interaction transfer = ModelExamples.transfer();
    Interaction technicianVisit = ModelExamples.technicianVisit(); // 2024-03-03T14:30Z
    // @start region="journey"
    Journey outage =
        Journey.builder()
            .id("j-7")
            .customerId("c-42")
            .type(JourneyType.UNPREDICTABLE_SERVICE)
            .addInteractions(outageCall, transfer, technicianVisit)
            .outcome(JourneyOutcome.RESOLVED)
            .build();
    outage.duration(); // first to last interaction: PT54H30M
    // @end
    assertEquals(Duration.ofHours(54).plusMinutes(30), outage.duration());
  }
}
