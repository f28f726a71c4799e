package dev.cxkit.model.experience;

import static dev.cxkit.model.testing.Contracts.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.model.testing.ModelArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EmotionTest {

  @Test
  void sourceScalesMapLinearlyOntoValence() {
    assertEquals(-1.0, Emotion.ofMapScore(-2).valence());
    assertEquals(0.5, Emotion.ofMapScore(1).valence());
    assertEquals(-1.0, Emotion.ofMermaidScore(1).valence());
    assertEquals(1.0, Emotion.ofMermaidScore(5).valence());
    assertEquals(-0.5, Emotion.ofLevel(EmotionLevel.NEGATIVE).valence());
    assertEquals(0.62, Emotion.ofSentimentCompound(0.62).valence());
    assertEquals(
        "Emotion{valence=-0.50, MAP_MINUS2_TO_PLUS2=-1, intensity=0.60}",
        Emotion.ofMapScore(-1).withIntensity(0.6).toString());
  }

  @Property
  void mapScoresConvertToMermaidAndBackLosslessly(@ForAll @IntRange(min = -2, max = 2) int score) {
    Emotion map = Emotion.ofMapScore(score);
    assertEquals(score + 3, map.toMermaidScore());
    assertEquals(map.valence(), Emotion.ofMermaidScore(map.toMermaidScore()).valence());
    assertEquals(EmotionLevel.values()[score + 2], map.toLevel());
  }

  @Property
  void readingsKeepTheirSourceValue(@ForAll("emotions") Emotion emotion) {
    Emotion again =
        switch (emotion.sourceScale()) {
          case MAP_MINUS2_TO_PLUS2 -> Emotion.ofMapScore(Integer.parseInt(emotion.sourceValue()));
          case MERMAID_1_TO_5 -> Emotion.ofMermaidScore(Integer.parseInt(emotion.sourceValue()));
          case FIVE_LEVEL_LABEL -> Emotion.ofLevel(EmotionLevel.valueOf(emotion.sourceValue()));
          case SENTIMENT_COMPOUND ->
              Emotion.ofSentimentCompound(Double.parseDouble(emotion.sourceValue()));
          case VALENCE -> Emotion.ofValence(Double.parseDouble(emotion.sourceValue()));
        };
    assertEquals(again.valence(), emotion.valence());
  }

  @Provide
  Arbitrary<Emotion> emotions() {
    return ModelArbitraries.emotions();
  }

  @Test
  void rules() {
    assertRejected("emotion map score must be -2..2, was 3", () -> Emotion.ofMapScore(3));
    assertRejected("emotion Mermaid score must be 1..5, was 0", () -> Emotion.ofMermaidScore(0));
    assertRejected(
        "valence must be a number in [-1, 1], was NaN", () -> Emotion.ofValence(Double.NaN));
    assertRejected(
        "sentiment compound must be a number in [-1, 1], was 1.5",
        () -> Emotion.ofSentimentCompound(1.5));
    assertRejected(
        "intensity must be a number in [0, 1], was -0.1",
        () -> Emotion.ofMapScore(0).withIntensity(-0.1));
    assertRejected(
        "valence must match sourceValue 2 on MAP_MINUS2_TO_PLUS2 (1.0), was 0.5",
        () ->
            ImmutableEmotion.builder()
                .valence(0.5)
                .sourceScale(EmotionScale.MAP_MINUS2_TO_PLUS2)
                .sourceValue("2")
                .build());
    assertRejected(
        "sourceValue must be a value of FIVE_LEVEL_LABEL, was 'HAPPY'",
        () ->
            ImmutableEmotion.builder()
                .valence(0.5)
                .sourceScale(EmotionScale.FIVE_LEVEL_LABEL)
                .sourceValue("HAPPY")
                .build());
  }
}
