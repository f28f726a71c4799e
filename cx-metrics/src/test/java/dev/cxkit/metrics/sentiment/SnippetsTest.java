package dev.cxkit.metrics.sentiment;

import dev.cxkit.metrics.clv.*;
import dev.cxkit.metrics.drivers.*;
import dev.cxkit.metrics.experience.*;
import dev.cxkit.metrics.gaps.*;
import dev.cxkit.metrics.kano.*;
import dev.cxkit.metrics.retention.*;
import dev.cxkit.metrics.stats.*;
import dev.cxkit.metrics.survey.*;
import dev.cxkit.model.*;
import dev.cxkit.model.blueprint.*;
import dev.cxkit.model.experience.*;
import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.interaction.*;
import dev.cxkit.model.journey.*;
import dev.cxkit.model.json.*;
import dev.cxkit.model.lifecycle.*;
import dev.cxkit.model.map.*;
import dev.cxkit.model.persona.*;
import dev.cxkit.model.samples.*;
import dev.cxkit.model.survey.*;
import dev.cxkit.model.touchpoint.*;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void lexiconSentimentScorer() throws Exception {
    // @start region="lexiconSentimentScorer"
    LexiconSentimentScorer s = LexiconSentimentScorer.builtIn();
    s.compound("not helpful at all"); // < 0
    s.score("very friendly staff").valence(); // > 0
    LexiconSentimentScorer mine = LexiconSentimentScorer.withLexicon(Map.of("queue", -1.5));
    // @end
  }

  @Test
  void sentimentScorer() throws Exception {
    // @start region="sentimentScorer"
    SentimentScorer scorer = LexiconSentimentScorer.builtIn();
    Emotion e = scorer.score("The agent was very helpful"); // valence > 0
    // @end
  }
}
