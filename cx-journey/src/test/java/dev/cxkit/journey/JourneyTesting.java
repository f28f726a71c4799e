package dev.cxkit.journey;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Shared fixtures: seeded random event logs and a naive journey-assembly oracle. */
public final class JourneyTesting {
  private JourneyTesting() {}

  /** One event, boxed: the oracle's representation. */
  public record Ev(int index, int customer, long time, int tp, int ch, int ty, int st) {}

  /** One journey of the oracle. */
  public record OracleJourney(int customer, List<Ev> events, int conversionIndex) {}

  /**
   * A random log: {@code customers} customers, up to {@code maxEvents} events each, times on a
   * coarse grid (so identical timestamps occur), shuffled across customers (out of order).
   */
  public static EventLog randomLog(long seed, int customers, int maxEvents, boolean shuffle) {
    Random r = new Random(seed);
    EventDictionaries dict = new EventDictionaries();
    String[] tps = {"search", "product", "cart", "checkout", "order", "call", "email"};
    String[] chs = {"web", "app", "phone", "email"};
    String[] types = {"view", "click", "order"};
    List<Object[]> rows = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      int n = 1 + r.nextInt(maxEvents);
      long t = r.nextInt(1000) * 60_000L;
      for (int i = 0; i < n; i++) {
        int tp = r.nextInt(tps.length);
        rows.add(
            new Object[] {
              "cust" + c,
              t,
              tps[tp],
              chs[r.nextInt(chs.length)],
              tp == 4 ? "order" : types[r.nextInt(2)],
              "s" + r.nextInt(3)
            });
        int jump = r.nextInt(10);
        t += jump < 3 ? 0 : jump < 8 ? r.nextInt(20) * 60_000L : r.nextInt(200) * 60_000L;
      }
    }
    if (shuffle) {
      java.util.Collections.shuffle(rows, r);
    }
    EventLog.Builder b = EventLog.builder(dict);
    for (Object[] row : rows) {
      b.add(
          (String) row[0],
          (Long) row[1],
          (String) row[2],
          (String) row[3],
          (String) row[4],
          (String) row[5]);
    }
    return b.build();
  }

  /** Random split rules drawn from the four kinds (possibly combined). */
  public static SplitRules randomRules(Random r, EventDictionaries dict) {
    SplitRules rules = SplitRules.none();
    if (r.nextBoolean()) {
      rules = rules.withInactivityGap(java.time.Duration.ofMinutes(1 + r.nextInt(60)));
    }
    if (r.nextInt(3) == 0) {
      rules = rules.withMaxDuration(java.time.Duration.ofMinutes(10 + r.nextInt(300)));
    }
    if (r.nextBoolean()) {
      rules = rules.withGoal(EventFilter.types(dict, "order"), r.nextBoolean());
    }
    if (r.nextInt(3) == 0) {
      rules = rules.withBoundary(EventFilter.touchpoints(dict, "search"));
    }
    return rules;
  }

  /** The naive oracle: boxed events, a comparator sort per customer, then the rules in a loop. */
  public static List<OracleJourney> assembleNaively(
      EventLog log, SplitRules rules, TieBreak tieBreak) {
    Map<Integer, List<Ev>> byCustomer = new TreeMap<>();
    for (int i = 0; i < log.size(); i++) {
      byCustomer
          .computeIfAbsent(log.customer(i), k -> new ArrayList<>())
          .add(
              new Ev(
                  i,
                  log.customer(i),
                  log.time(i),
                  log.touchpoint(i),
                  log.channel(i),
                  log.type(i),
                  log.stage(i)));
    }
    EventDictionaries d = log.dictionaries();
    Comparator<Ev> order = Comparator.comparingLong(Ev::time);
    if (tieBreak == TieBreak.CONTENT) {
      order =
          order
              .thenComparing(e -> d.touchpoints().name(e.tp()))
              .thenComparing(e -> d.types().name(e.ty()))
              .thenComparing(e -> d.channels().name(e.ch()))
              .thenComparing(e -> d.stages().name(e.st()));
    }
    order = order.thenComparingInt(Ev::index);
    List<OracleJourney> out = new ArrayList<>();
    for (List<Ev> evs : byCustomer.values()) {
      evs.sort(order);
      List<Ev> cur = new ArrayList<>();
      int conv = -1;
      for (Ev e : evs) {
        if (!cur.isEmpty()) {
          Ev prev = cur.get(cur.size() - 1);
          boolean split =
              e.time() - prev.time() > rules.inactivityGapMillis()
                  || e.time() - cur.get(0).time() > rules.maxDurationMillis()
                  || (rules.boundary() != null
                      && rules.boundary().matches(e.tp(), e.ch(), e.ty(), e.st()));
          if (split) {
            out.add(new OracleJourney(e.customer(), cur, conv));
            cur = new ArrayList<>();
            conv = -1;
          }
        }
        cur.add(e);
        if (rules.goal() != null
            && conv < 0
            && rules.goal().matches(e.tp(), e.ch(), e.ty(), e.st())) {
          conv = cur.size() - 1;
          if (rules.endAtGoal()) {
            out.add(new OracleJourney(e.customer(), cur, conv));
            cur = new ArrayList<>();
            conv = -1;
          }
        }
      }
      if (!cur.isEmpty()) {
        out.add(new OracleJourney(cur.get(0).customer(), cur, conv));
      }
    }
    return out;
  }

  /**
   * One journey per space-separated path ("a b@email order"): one customer each, touches a minute
   * apart, channel after '@' (default web), touchpoint "order" has type "order" and is the goal.
   */
  public static Journeys journeys(String... paths) {
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    int c = 0;
    for (String p : paths) {
      long t = 0;
      for (String step : p.split(" ")) {
        String[] tc = step.split("@");
        b.add(
            "c" + c,
            t,
            tc[0],
            tc.length > 1 ? tc[1] : "web",
            tc[0].equals("order") ? "order" : "view",
            "");
        t += 60_000;
      }
      c++;
    }
    return dev.cxkit.journey.assembly.JourneyAssembler.assemble(
        b.build(),
        SplitRules.none().withGoal(EventFilter.types(d, "order"), true),
        TieBreak.ARRIVAL);
  }
}
