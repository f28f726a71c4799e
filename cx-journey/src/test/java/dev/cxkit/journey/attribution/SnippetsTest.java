package dev.cxkit.journey.attribution;

import dev.cxkit.journey.assembly.*;
import dev.cxkit.journey.conformance.*;
import dev.cxkit.journey.events.*;
import dev.cxkit.journey.funnel.*;
import dev.cxkit.journey.insight.*;
import dev.cxkit.journey.markov.*;
import dev.cxkit.journey.paths.*;
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
  void attributionResult() throws Exception {
    // @start region="attributionResult"
    AttributionResult r = AttributionModel.lastTouch().attribute(table);
    for (ChannelCredit c : r.credits()) {
      System.out.println(c.channel() + " " + c.conversions());
    }
    // @end
  }

  @Test
  void markovAttribution() throws Exception {
    // @start region="markovAttribution"
    MarkovAttribution markov = MarkovAttribution.builder().order(3).build();
    MarkovResult exact = markov.analyze(table);
    MarkovResult simulated = markov.simulate(table, 1_000_000, 42L); // parity with MC tools
    // @end
  }

  @Test
  void markovResult() throws Exception {
    // @start region="markovResult"
    MarkovResult m = MarkovAttribution.builder().order(2).build().analyze(table);
    double re = m.removalEffect("email"); // 1 - P(conv | email removed) / P(conv)
    double credited = m.attribution().conversions("email");
    // @end
  }

  @Test
  void coalitionValue() throws Exception {
    // @start region="coalitionValue"
    // a logistic model fitted on which channels a journey touched (coefficients by channel id)
    double intercept = -2.2;
    double[] beta = new double[table.channelCount()];
    java.util.Arrays.fill(beta, 0.3);
    CoalitionValue fitted =
        CoalitionValue.of(
            "logistic model",
            coalition -> {
              double eta = intercept;
              for (int i = 0; i < beta.length; i++) {
                if ((coalition & (1 << i)) != 0) {
                  eta += beta[i];
                }
              }
              return 1 / (1 + Math.exp(-eta));
            });
    AttributionResult r = AttributionModel.shapleyCoalition(fitted).attribute(table);
    // @end
  }

  @Test
  void shapleyCoalitionAttribution() throws Exception {
    // @start region="shapleyCoalitionAttribution"
    AttributionResult r = AttributionModel.shapleyCoalition().attribute(table);
    // @end
  }
}
