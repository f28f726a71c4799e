package dev.cxkit.metrics.clv;

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
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void customerSummaries() throws Exception {
    // @start region="customerSummaries"
    CustomerSummaries cbs =
        CustomerSummaries.builder()
            .add("c1", 2, 30.43, 38.86, 22.35)
            .add("c2", 0, 0.0, 38.86, 0.0)
            .build();
    BtydFit<BgNbd> fit = BgNbd.fit(cbs);
    // @end
  }

  @Test
  void customerSummaries2() throws Exception {
    // @start region="customerSummaries2"
    CustomerSummaries.builder().holdoutLength(39).add("c1", 2, 30.4, 38.9, 22.3, 1, 26.5).build();
    // @end
  }

  @Test
  void simpleClv2() throws Exception {
    // @start region="simpleClv2"
    SimpleClv.closedForm(100, 0.8, 0.1, SimpleClv.Timing.PERIOD_END); // 266.67
    SimpleClv.closedForm(100, 0.8, 0.1, SimpleClv.Timing.PERIOD_START); // 366.67
    // @end
  }

  @Test
  void transactions() throws Exception {
    // @start region="transactions"
    Transactions log =
        Transactions.builder()
            .add("c1", LocalDate.of(1997, 1, 1), 29.33)
            .add("c1", LocalDate.of(1997, 1, 18), 29.73)
            .build();
    // @end
  }

  @Test
  void transactions2() throws Exception {
    // @start region="transactions2"
    Transactions.builder().add("c1", LocalDate.of(1997, 1, 1), 29.33).build();
    // @end
  }
}
