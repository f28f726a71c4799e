package dev.cxkit.model.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cxkit.model.*;
import dev.cxkit.model.blueprint.*;
import dev.cxkit.model.experience.*;
import dev.cxkit.model.interaction.*;
import dev.cxkit.model.journey.*;
import dev.cxkit.model.json.*;
import dev.cxkit.model.lifecycle.*;
import dev.cxkit.model.map.*;
import dev.cxkit.model.persona.*;
import dev.cxkit.model.samples.*;
import dev.cxkit.model.touchpoint.*;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void rating() throws Exception {
    // @start region="rating"
    Rating effort = Rating.of(Scale.ces1(), 2); // low effort on CES 1.0
    double good = effort.goodness(); // 0.75
    // @end
  }

  @Test
  void surveyContext() throws Exception {
    // @start region="surveyContext"
    SurveyContext overall = SurveyContext.relationship();
    SurveyContext call = SurveyContext.touchpoint("support-call");
    SurveyContext step = SurveyContext.step("outage-map", "technician-visit");
    call.isInteraction(); // true
    // @end
  }

  @Test
  void surveyResponse() throws Exception {
    // @start region="surveyResponse"
    SurveyResponse answer =
        SurveyResponse.builder()
            .respondentId("c-42")
            .time(Instant.parse("2024-03-01T10:15:30Z"))
            .context(SurveyContext.touchpoint("support-call"))
            .questionId("ces")
            .scale(Scale.ces2())
            .value(6)
            .comment("Sorted on the first call")
            .build();
    // @end
  }

  @Test
  void scale() {
    // @start region="scale"
    Scale nps = Scale.nps(); // 0..10, high is good
    Scale ces = Scale.of("CES 1.0", 1, 5, Direction.LOW_IS_GOOD);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> nps.checkValue(11));
    String message = e.getMessage(); // "NPS 0-10 score must be 0..10, was 11"
    // @end
    assertEquals(List.of(0, 10), List.of(nps.min(), nps.max()));
    assertEquals(Direction.HIGH_IS_GOOD, nps.direction());
    assertEquals(Direction.LOW_IS_GOOD, ces.direction());
    assertEquals("NPS 0-10 score must be 0..10, was 11", e.getMessage());
  }
}
