package dev.cxkit.journey.markov;

import dev.cxkit.journey.assembly.*;
import dev.cxkit.journey.attribution.*;
import dev.cxkit.journey.conformance.*;
import dev.cxkit.journey.events.*;
import dev.cxkit.journey.funnel.*;
import dev.cxkit.journey.insight.*;
import dev.cxkit.journey.paths.*;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.journey.whatif.*;
import dev.cxkit.metrics.clv.*;
import dev.cxkit.metrics.drivers.*;
import dev.cxkit.metrics.experience.*;
import dev.cxkit.metrics.gaps.*;
import dev.cxkit.metrics.kano.*;
import dev.cxkit.metrics.retention.*;
import dev.cxkit.metrics.sentiment.*;
import dev.cxkit.metrics.stats.*;
import dev.cxkit.metrics.survey.*;
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
import dev.cxkit.model.survey.*;
import dev.cxkit.model.touchpoint.*;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest extends dev.cxkit.journey.SnippetContext {

  @Test
  void markovChain() throws Exception {
    // @start region="markovChain"
    MarkovChain chain = TransitionCounts.of(journeys, PathOptions.of(Dimension.CHANNEL), 1).chain();
    chain.probability(chain.state("email"), MarkovChain.CONVERSION);
    chain.absorption().conversionProbability(MarkovChain.START); // overall conversion rate

    MarkovChain byHand =
        MarkovChain.builder()
            .transition(MarkovChain.START_NAME, "visit", 1.0)
            .transition("visit", "buy", 0.6)
            .transition("visit", MarkovChain.NULL_NAME, 0.4)
            .transition("buy", MarkovChain.CONVERSION_NAME, 1.0)
            .build();
    byHand.absorption().conversionProbability(); // 0.6
    // @end
  }

  @Test
  void repeats() throws Exception {
    // @start region="repeats"
    MarkovAttribution.builder().repeats(Repeats.KEEP_SELF_LOOPS).build();
    // @end
  }
}
