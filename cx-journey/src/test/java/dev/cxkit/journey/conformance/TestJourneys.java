package dev.cxkit.journey.conformance;

import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.EventDictionaries;
import java.util.List;

/** Builds small {@link Journeys} from touchpoint lists, for tests. */
public final class TestJourneys {
  private TestJourneys() {}

  /** Journeys with the given touchpoints (channel "web", one minute apart); converted as given. */
  public static Journeys of(List<List<String>> touchpoints, boolean... converted) {
    EventDictionaries d = new EventDictionaries();
    Journeys.Collector c = Journeys.collector(d);
    int web = d.channels().intern("web");
    for (int j = 0; j < touchpoints.size(); j++) {
      List<String> tps = touchpoints.get(j);
      int[] ids = tps.stream().mapToInt(t -> d.touchpoints().intern(t)).toArray();
      int customer = d.customers().intern("c" + j);
      boolean conv = j < converted.length && converted[j];
      c.journey(
          new JourneyView() {
            @Override
            public int customer() {
              return customer;
            }

            @Override
            public int length() {
              return ids.length;
            }

            @Override
            public long time(int i) {
              return 60_000L * i;
            }

            @Override
            public int touchpoint(int i) {
              return ids[i];
            }

            @Override
            public int channel(int i) {
              return web;
            }

            @Override
            public int type(int i) {
              return 0;
            }

            @Override
            public int stage(int i) {
              return 0;
            }

            @Override
            public int conversionIndex() {
              return conv ? ids.length - 1 : -1;
            }
          });
    }
    return c.build();
  }
}
