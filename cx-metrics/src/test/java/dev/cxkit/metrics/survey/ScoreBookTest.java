package dev.cxkit.metrics.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.survey.Scale;
import dev.cxkit.model.survey.SurveyContext;
import dev.cxkit.model.survey.SurveyResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreBookTest {

  private static final SurveyContext RELATIONSHIP = SurveyContext.relationship();
  private static final SurveyContext CALL = SurveyContext.touchpoint("support-call");
  private static final SurveyContext VISIT = SurveyContext.step("outage-map", "technician-visit");

  private static SurveyResponse answer(
      int i, SurveyContext context, String question, Scale scale, int value) {
    return SurveyResponse.builder()
        .respondentId("c-" + i)
        .time(Instant.parse("2024-03-01T10:15:30Z"))
        .context(context)
        .questionId(question)
        .scale(scale)
        .value(value)
        .build();
  }

  private static List<SurveyResponse> responses() {
    List<SurveyResponse> list = new ArrayList<>();
    int[] relationship = {10, 9, 8, 3, 10};
    int[] call = {2, 6, 9};
    int[] visit = {10, 10};
    int i = 0;
    for (int v : relationship) {
      list.add(answer(i++, RELATIONSHIP, "nps", Scale.nps(), v));
    }
    for (int v : call) {
      list.add(answer(i++, CALL, "nps", Scale.nps(), v));
    }
    for (int v : visit) {
      list.add(answer(i++, VISIT, "nps", Scale.nps(), v));
    }
    list.add(answer(i, CALL, "ces", Scale.ces2(), 6));
    return list;
  }

  @Test
  void keepsRelationshipAndInteractionApart() {
    ScoreBook book = ScoreBook.of(responses());
    assertEquals(List.of("nps", "ces"), List.copyOf(book.questions()));
    assertEquals(List.of(RELATIONSHIP, CALL, VISIT), List.copyOf(book.contexts("nps")));
    Score relationship =
        book.netScore(
            "nps", RELATIONSHIP, NetScoreDefinition.nps(), IntervalSpec.adjustedWald(0.95));
    assertEquals(0.4, relationship.estimate().getAsDouble(), 1e-12); // 3 P, 1 D of 5
    ScoreDistribution interactions = book.interactions("nps");
    assertEquals(5, interactions.n());
    assertEquals(
        0.2,
        NetScores.of(interactions.netScoreCounts(NetScoreDefinition.nps()))
            .estimate()
            .getAsDouble(),
        1e-12); // 3 P, 2 D of 5
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> book.pooled("nps", List.of(RELATIONSHIP, CALL)));
    assertTrue(e.getMessage().contains("never pooled"), e.getMessage());
    Map<SurveyContext, Score> byContext =
        book.netScores("nps", NetScoreDefinition.nps(), IntervalSpec.adjustedWald(0.95));
    assertEquals(3, byContext.size());
  }

  @Test
  void refusesUnknownContextsAndMixedScales() {
    ScoreBook book = ScoreBook.of(responses());
    assertThrows(IllegalArgumentException.class, () -> book.distribution("ces", RELATIONSHIP));
    assertThrows(IllegalArgumentException.class, () -> book.interactions("missing"));
    List<SurveyResponse> mixed = new ArrayList<>(responses());
    mixed.add(answer(99, CALL, "ces", Scale.ces1(), 2));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ScoreBook.of(mixed));
    assertTrue(e.getMessage().startsWith("responses[11] scale for question ces"), e.getMessage());
  }

  @Test
  void mergesAndUsesWeights() {
    List<SurveyResponse> all = responses();
    ScoreBook merged =
        ScoreBook.of(all.subList(0, 4)).plus(ScoreBook.of(all.subList(4, all.size())));
    assertEquals(ScoreBook.of(all), merged);
    assertEquals(merged, merged.plus(ScoreBook.empty()));
    SurveyResponse weighted =
        SurveyResponse.builder().from(all.get(0)).respondentId("w-1").weight(2.5).build();
    ScoreBook withWeight = ScoreBook.of(List.of(weighted, all.get(1)));
    ScoreDistribution d = withWeight.relationship("nps");
    assertTrue(d.isWeighted());
    assertEquals(3.5, d.totalWeight(), 1e-12);
  }
}
