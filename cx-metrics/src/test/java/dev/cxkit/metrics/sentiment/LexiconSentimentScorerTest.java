package dev.cxkit.metrics.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.experience.EmotionScale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LexiconSentimentScorerTest {

  private final LexiconSentimentScorer scorer = LexiconSentimentScorer.builtIn();

  @Test
  void compoundFollowsTheNormalisationByHand() {
    // "great" = 2.0 -> 2 / sqrt(4 + 15) = 0.458831 (Hutto & Gilbert 2014 normalisation, alpha 15)
    assertEquals(2 / Math.sqrt(19), scorer.compound("Great"), 1e-12);
    // "very great" = 3.0 -> 3 / sqrt(24)
    assertEquals(3 / Math.sqrt(24), scorer.compound("very great"), 1e-12);
    // "not great" = -1.5 -> -1.5 / sqrt(2.25 + 15)
    assertEquals(-1.5 / Math.sqrt(17.25), scorer.compound("not great"), 1e-12);
    // "isn't helpful" -> "is not helpful": -1.5 as above
    assertEquals(-1.5 / Math.sqrt(17.25), scorer.compound("isn't helpful"), 1e-12);
  }

  @Test
  void mapsToCanonicalValence() {
    Emotion e = scorer.score("The agent was very friendly and the problem was resolved quickly");
    assertTrue(e.valence() > 0.5, e.toString());
    assertEquals(EmotionScale.SENTIMENT_COMPOUND, e.sourceScale());
    assertTrue(scorer.score("Terrible service, rude staff, I waited an hour").valence() < -0.5);
    assertEquals(0.0, scorer.score("I called on Tuesday").valence());
    assertTrue(
        scorer.compound("slightly slow") > scorer.compound("slow")
            && scorer.compound("slow") > scorer.compound("extremely slow"));
  }

  @Test
  void customLexicon() {
    LexiconSentimentScorer s = LexiconSentimentScorer.withLexicon(Map.of("Queue", -2.0));
    assertEquals(-2 / Math.sqrt(19), s.compound("the queue"), 1e-12);
    assertThrows(
        IllegalArgumentException.class, () -> LexiconSentimentScorer.withLexicon(Map.of("x", 9.0)));
  }

  @Property(tries = 300)
  void alwaysInRange(@ForAll String text) {
    double c = scorer.compound(text);
    assertTrue(c >= -1 && c <= 1 && !Double.isNaN(c));
  }
}
