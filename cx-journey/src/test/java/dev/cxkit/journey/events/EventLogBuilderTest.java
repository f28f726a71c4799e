package dev.cxkit.journey.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EventLogBuilderTest {

  @Test
  void appendsAfterBuildAreRefusedBeforeInterningAnything() {
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    b.add("c1", 0, "search", "web", "view", "");
    EventLog log = b.build();
    int customers = d.customers().size();
    int touchpoints = d.touchpoints().size();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> b.add("c2", 1, "cart", "app", "click", "s1"));
    assertEquals("builder already built", e.getMessage());
    assertEquals(customers, d.customers().size());
    assertEquals(touchpoints, d.touchpoints().size());
    assertThrows(IllegalStateException.class, () -> b.accept(0, 1, 0, 0, 0, 0));
    assertEquals(1, log.size());
  }
}
