package dev.cxkit.model.touchpoint;

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
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void businessFunction() throws Exception {
    // @start region="businessFunction"
    BusinessFunction legal = BusinessFunction.of("legal", "Legal");
    BusinessFunction billing = BusinessFunction.BILLING;
    // @end
  }

  @Test
  void channel() throws Exception {
    // @start region="channel"
    Channel phone = Channel.of("phone", "Call centre", ChannelKind.ASSISTED);
    // @end
  }

  @Test
  void touchpoint() throws Exception {
    // @start region="touchpoint"
    Touchpoint bill =
        Touchpoint.builder()
            .id("monthly-bill")
            .name("Monthly bill")
            .channel(Channel.of("mail", "Postal mail", ChannelKind.PHYSICAL))
            .addStageIds("retention")
            .owningFunction(BusinessFunction.BILLING)
            .ownership(Ownership.BRAND_OWNED)
            .internalProcess(true)
            .build();
    bill.controlLevel(); // CONTROLLED
    // @end
  }
}
