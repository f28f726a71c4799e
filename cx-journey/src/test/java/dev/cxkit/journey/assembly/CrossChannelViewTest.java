package dev.cxkit.journey.assembly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import org.junit.jupiter.api.Test;

class CrossChannelViewTest {
  @Test
  void switchesRepeatContactsAndGaps() {
    EventDictionaries d = new EventDictionaries();
    EventLog log =
        EventLog.builder(d)
            .add("c1", 0, "faq", "web", "", "")
            .add("c1", 60_000, "billing desk", "phone", "", "")
            .add("c1", 180_000, "tech desk", "phone", "", "")
            .add("c1", 240_000, "billing desk", "phone", "", "") // transferred back: repeat
            .add("c1", 300_000, "faq", "web", "", "") // repeat in web
            .add("c2", 0, "store", "store", "", "")
            .build();
    Journeys js = JourneyAssembler.assemble(log, SplitRules.none(), TieBreak.ARRIVAL);
    CrossChannelView v = new CrossChannelView();
    js.forEach(v);
    int[][] seq = new int[1][];
    js.forEach(
        j -> {
          if (j.customer() == 0) {
            seq[0] = CrossChannelView.channelSequence(j);
          }
        });
    assertArrayEquals(
        new int[] {d.channels().id("web"), d.channels().id("phone"), d.channels().id("web")},
        seq[0]);
    CrossChannelView.Summary s = v.summary();
    assertEquals(2, s.journeys());
    assertEquals(1, s.multiChannelJourneys());
    assertEquals(2, s.channelSwitches());
    assertEquals(2, s.repeatContacts());
    assertEquals(0.5, s.repeatContactRate());
    assertEquals(1.0, s.switchesPerJourney());
    assertEquals(4, s.timeBetweenTouches().n());
    assertEquals(60_000.0, s.timeBetweenTouches().median()); // 60, 120, 60, 60 s
  }
}
