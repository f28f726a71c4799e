package dev.cxkit.journey.conformance;

import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.model.interaction.Interaction;
import dev.cxkit.model.journey.Journey;
import dev.cxkit.model.journey.JourneyOutcome;
import dev.cxkit.model.journey.JourneyType;
import java.util.List;

/** Converts model {@link Journey} documents to columnar {@link Journeys}, checking their type. */
final class ModelJourneys {
  private ModelJourneys() {}

  static Journeys of(List<Journey> journeys, JourneyType type, String mapId) {
    EventDictionaries d = new EventDictionaries();
    Journeys.Collector c = Journeys.collector(d);
    for (Journey j : journeys) {
      if (!j.type().equals(type)) {
        throw new IllegalArgumentException(
            "journey '"
                + j.id()
                + "'.type must be the journey type of map '"
                + mapId
                + "' ("
                + type.id()
                + "), was '"
                + j.type().id()
                + "'");
      }
      List<Interaction> in = j.interactions();
      int n = in.size();
      int[] tp = new int[n];
      int[] ch = new int[n];
      int[] st = new int[n];
      int[] ty = new int[n];
      long[] t = new long[n];
      for (int i = 0; i < n; i++) {
        Interaction x = in.get(i);
        tp[i] = d.touchpoints().intern(x.touchpointId());
        ch[i] = d.channels().intern(x.channelId());
        st[i] = d.stages().intern(x.stageId().orElse(""));
        ty[i] = d.types().intern(x.type());
        t[i] = x.timestamp().toEpochMilli();
      }
      int customer = d.customers().intern(j.customerId());
      boolean converted =
          j.outcome() == JourneyOutcome.CONVERTED || j.outcome() == JourneyOutcome.RESOLVED;
      c.journey(
          new JourneyView() {
            @Override
            public int customer() {
              return customer;
            }

            @Override
            public int length() {
              return n;
            }

            @Override
            public long time(int i) {
              return t[i];
            }

            @Override
            public int touchpoint(int i) {
              return tp[i];
            }

            @Override
            public int channel(int i) {
              return ch[i];
            }

            @Override
            public int type(int i) {
              return ty[i];
            }

            @Override
            public int stage(int i) {
              return st[i];
            }

            @Override
            public int conversionIndex() {
              return converted ? n - 1 : -1;
            }
          });
    }
    return c.build();
  }
}
