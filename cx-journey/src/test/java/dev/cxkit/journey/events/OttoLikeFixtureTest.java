package dev.cxkit.journey.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.assembly.StreamingAssembler;
import dev.cxkit.journey.funnel.Checkpoint;
import dev.cxkit.journey.funnel.Funnel;
import dev.cxkit.journey.funnel.FunnelOrdering;
import dev.cxkit.journey.funnel.FunnelResult;
import dev.cxkit.model.csv.IngestReport;
import dev.cxkit.model.csv.RejectPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OTTO-shaped fixture (see SOURCE.md beside it): expected values worked out by hand. */
class OttoLikeFixtureTest {
  private static final CsvFormat OTTO = CsvFormat.of("session", "ts", "aid").withType("type");

  private static IngestReport read(EventDictionaries d, EventSink sink) throws IOException {
    try (InputStream in = OttoLikeFixtureTest.class.getResourceAsStream("otto-like-sessions.csv")) {
      return CsvEventReader.of(OTTO, RejectPolicy.failFast()).read(in, d, sink);
    }
  }

  @Test
  void thirtyMinuteGapSplitsSessionsAndTiesKeepFileOrder() throws IOException {
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    IngestReport r = read(d, b);
    assertEquals(15, r.read());
    assertEquals(15, r.accepted());
    assertEquals(List.of("time format: epoch-millis (detected from the first 15 rows)"), r.notes());
    SplitRules rules =
        SplitRules.none()
            .withInactivityGap(Duration.ofMinutes(30))
            .withGoal(EventFilter.types(d, "orders"), true);
    Journeys js = JourneyAssembler.assemble(b.build(), rules, TieBreak.ARRIVAL);
    assertEquals(7, js.count());
    assertEquals(15, js.eventCount());
    assertEquals(3, js.convertedCount());
    // session 12899779: the cart and the order share a millisecond; the order stays last
    assertEquals("orders", d.types().name(js.type(js.end(0) - 1)));
    assertEquals("carts", d.types().name(js.type(js.end(0) - 2)));
    assertEquals(List.of(4, 2, 3, 2, 2, 1, 1), lengths(js));

    // the streaming assembler on the (sorted) file gives the same journeys
    EventDictionaries d2 = new EventDictionaries();
    Journeys.Collector streamed = Journeys.collector(d2);
    StreamingAssembler asm =
        new StreamingAssembler(
            SplitRules.none()
                .withInactivityGap(Duration.ofMinutes(30))
                .withGoal(EventFilter.types(d2, "orders"), true),
            streamed);
    read(d2, asm);
    asm.finish();
    assertEquals(lengths(js), lengths(streamed.build()));
  }

  @Test
  void clicksCartsOrdersFunnel() throws IOException {
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    read(d, b);
    Journeys js =
        JourneyAssembler.assemble(
            b.build(),
            SplitRules.none().withInactivityGap(Duration.ofMinutes(30)),
            TieBreak.ARRIVAL);
    Funnel f =
        Funnel.of(
            List.of(
                new Checkpoint("click", EventFilter.types(d, "clicks")),
                new Checkpoint("cart", EventFilter.types(d, "carts")),
                new Checkpoint("order", EventFilter.types(d, "orders"))),
            FunnelOrdering.LOOSE,
            null);
    FunnelResult r = f.analyze(js);
    assertEquals(7, r.journeys());
    assertEquals(List.of(5L, 2L, 1L), r.steps().stream().map(s -> s.reached()).toList());
    // click to cart: 120 s (a1 then a2 cart) and 60 s (c1): median 90 s
    assertEquals(90_000.0, r.steps().get(1).timeFromPrevious().median());
  }

  private static List<Integer> lengths(Journeys js) {
    List<Integer> out = new java.util.ArrayList<>();
    for (int j = 0; j < js.count(); j++) {
      out.add(js.length(j));
    }
    return out;
  }
}
