package dev.cxkit.journey.events;

import dev.cxkit.journey.assembly.*;
import dev.cxkit.journey.attribution.*;
import dev.cxkit.journey.conformance.*;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest extends dev.cxkit.journey.SnippetContext {

  @Test
  void csvFormat() throws Exception {
    // @start region="csvFormat"
    CsvFormat f =
        CsvFormat.of("session", "ts", "aid")
            .withType("type")
            .withSeparator(';')
            .withTimeFormat(TimeFormat.iso(ZoneOffset.UTC))
            .withSegment("persona")
            .withEmotion("feeling", EmotionScale.MAP_MINUS2_TO_PLUS2)
            .withScore("csat", Scale.csat5())
            .withValue("revenue")
            .withOutcome("resolved");
    // @end
  }

  @Test
  void dictionary() throws Exception {
    // @start region="dictionary"
    Dictionary touchpoints = new Dictionary("touchpoint");
    int web = touchpoints.intern("web visit"); // 0
    touchpoints.intern("call"); // 1
    touchpoints.name(web); // "web visit"
    // @end
  }

  @Test
  void eventDictionaries() throws Exception {
    // @start region="eventDictionaries"
    EventDictionaries dict = new EventDictionaries();
    int call = dict.touchpoints().intern("call");
    // @end
  }

  @Test
  void eventFilter() throws Exception {
    // @start region="eventFilter"
    EventFilter order = EventFilter.types(dict, "order");
    EventFilter checkout = EventFilter.touchpoints(dict, "checkout", "one-click buy");
    EventFilter either = order.or(checkout);
    // @end
  }

  @Test
  void eventLog() throws Exception {
    // @start region="eventLog"
    EventDictionaries dict = new EventDictionaries();
    EventLog log =
        EventLog.builder(dict)
            .add("c1", 1_000L, "ad", "display", "view", "awareness")
            .add("c1", 9_000L, "checkout", "web", "order", "purchase")
            .build();
    log.size(); // 2
    dict.touchpoints().name(log.touchpoint(1)); // "checkout"
    // @end
  }

  @Test
  void jsonMapping() throws Exception {
    // @start region="jsonMapping"
    JsonMapping m =
        JsonMapping.of("user", "ts", "page")
            .withChannel("properties.channel")
            .withTimeFormat(TimeFormat.iso(ZoneOffset.UTC));
    // @end
  }

  @Test
  void timeFormat() throws Exception {
    // @start region="timeFormat"
    TimeFormat.epochMillis().parse("1700000000000"); // 1700000000000
    TimeFormat.iso(ZoneOffset.UTC).parse("2023-11-14T22:13:20Z"); // 1700000000000
    TimeFormat.pattern("dd/MM/yyyy HH:mm", ZoneId.of("Europe/Berlin")).parse("14/11/2023 23:13");
    TimeFormat.detect(ZoneOffset.UTC).resolve(List.of("1700000000", "1700000060")); // epoch-seconds
    // @end
  }
}
