package dev.cxkit.model.lifecycle;

import dev.cxkit.model.*;
import dev.cxkit.model.blueprint.*;
import dev.cxkit.model.experience.*;
import dev.cxkit.model.interaction.*;
import dev.cxkit.model.journey.*;
import dev.cxkit.model.json.*;
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
class SnippetsTest {

  @Test
  void lifecycleModel() throws Exception {
    // @start region="lifecycleModel"
    LifecycleModel lifecycle = LifecycleModel.standard();
    lifecycle.isBefore("consideration", "purchase"); // true
    lifecycle.stage("retention").phase(); // POSTPURCHASE

    LifecycleModel saas =
        LifecycleModel.builder()
            .name("SaaS")
            .addStage(LifecycleStage.of("trial", "Trial", LifecyclePhase.PREPURCHASE))
            .addStage(LifecycleStage.of("subscribe", "Subscribe", LifecyclePhase.PURCHASE))
            .addStage(LifecycleStage.of("renew", "Renew", LifecyclePhase.POSTPURCHASE))
            .build();
    // @end
  }

  @Test
  void lifecycleStage() throws Exception {
    // @start region="lifecycleStage"
    LifecycleStage trial = LifecycleStage.of("trial", "Free trial", LifecyclePhase.PURCHASE);
    LifecycleStage onboarding =
        LifecycleStage.builder()
            .id("onboarding")
            .name("Onboarding")
            .phase(LifecyclePhase.POSTPURCHASE)
            .description("First 30 days after signing")
            .build();
    // @end
  }
}
