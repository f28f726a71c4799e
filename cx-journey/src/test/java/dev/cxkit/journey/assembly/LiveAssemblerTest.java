package dev.cxkit.journey.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.JourneyTesting;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LiveAssemblerTest {

  /** A journey as plain values, comparable across assemblers. */
  record Copy(int customer, List<Long> times, List<Integer> touchpoints, int conversionIndex) {
    static Copy of(JourneyView j) {
      List<Long> t = new ArrayList<>();
      List<Integer> tp = new ArrayList<>();
      for (int i = 0; i < j.length(); i++) {
        t.add(j.time(i));
        tp.add(j.touchpoint(i) * 10_000 + j.channel(i) * 100 + j.type(i) * 10 + j.stage(i));
      }
      return new Copy(j.customer(), t, tp, j.conversionIndex());
    }
  }

  private static final Comparator<Copy> ORDER =
      Comparator.comparingInt(Copy::customer).thenComparingLong(c -> c.times().get(0));

  private static List<Copy> batch(EventLog log, SplitRules rules) {
    List<Copy> out = new ArrayList<>();
    JourneyAssembler.assemble(log, rules, TieBreak.ARRIVAL, j -> out.add(Copy.of(j)));
    out.sort(ORDER);
    return out;
  }

  /**
   * The events of {@code log} in the order a live feed delivers them: each event delayed by a
   * random amount up to {@code lateness}, so that none is late.
   */
  private static EventLog arrivalOrder(EventLog log, long lateness, Random r) {
    long[] arrival = new long[log.size()];
    for (int i = 0; i < log.size(); i++) {
      arrival[i] = log.time(i) + (lateness == 0 ? 0 : (long) (r.nextDouble() * (lateness + 1)));
      arrival[i] = Math.min(arrival[i], log.time(i) + lateness);
    }
    int[] order =
        IntStream.range(0, log.size())
            .boxed()
            .sorted(Comparator.comparingLong((Integer i) -> arrival[i]))
            .mapToInt(Integer::intValue)
            .toArray();
    return log.permuted(order);
  }

  @Property(tries = 300)
  void interleavedFeedGivesTheBatchJourneys(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int customers,
      @ForAll @IntRange(min = 0, max = 90) int latenessMinutes) {
    Random r = new Random(seed);
    EventLog sorted = JourneyTesting.randomLog(seed, customers, 1 + r.nextInt(40), false);
    SplitRules rules = JourneyTesting.randomRules(r, sorted.dictionaries());
    if (rules.inactivityGapMillis() == Long.MAX_VALUE && r.nextBoolean()) {
      rules = rules.withInactivityGap(Duration.ofMinutes(1 + r.nextInt(60)));
    } else if (rules.maxDurationMillis() == Long.MAX_VALUE) {
      rules = rules.withMaxDuration(Duration.ofMinutes(10 + r.nextInt(300)));
    }
    long lateness = latenessMinutes * 60_000L;
    EventLog feed = arrivalOrder(sorted, lateness, r);
    List<Copy> live = new ArrayList<>();
    LiveAssembler asm =
        new LiveAssembler(rules, Duration.ofMillis(lateness), j -> live.add(Copy.of(j)));
    feed.forEach(asm);
    long beforeFinish = asm.journeys();
    asm.finish();
    live.sort(ORDER);
    assertEquals(batch(feed, rules), live);
    assertEquals(0, asm.lateEvents());
    assertEquals(feed.size(), asm.events());
    assertEquals(0, asm.openCustomers());
    assertEquals(0, asm.openEvents());
    assertTrue(beforeFinish <= asm.journeys());
  }

  @Test
  void journeysCloseAgainstTheWatermarkWithBoundedMemory() {
    // 2,000 customers, each visiting every 10 minutes for an hour, starts staggered over 10 days;
    // gap 30 min, lateness 5 min: at any moment only customers active in the last ~35 minutes
    // are held
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    for (int c = 0; c < 2_000; c++) {
      long start = c * 432_000L; // every 7.2 minutes
      for (int k = 0; k < 7; k++) {
        b.add("c" + c, start + k * 600_000L, "page" + k, "web", "view", "");
      }
    }
    int[] byTime =
        IntStream.range(0, 14_000)
            .boxed()
            .sorted(Comparator.comparingLong(i -> (long) (i / 7) * 432_000L + (i % 7) * 600_000L))
            .mapToInt(Integer::intValue)
            .toArray();
    EventLog feed = b.build().permuted(byTime);
    SplitRules rules = SplitRules.none().withInactivityGap(Duration.ofMinutes(30));
    List<Integer> lengths = new ArrayList<>();
    LiveAssembler asm =
        new LiveAssembler(rules, Duration.ofMinutes(5), j -> lengths.add(j.length()));
    long maxOpen = 0;
    for (int i = 0; i < feed.size(); i++) {
      asm.accept(
          feed.customer(i),
          feed.time(i),
          feed.touchpoint(i),
          feed.channel(i),
          feed.type(i),
          feed.stage(i));
      maxOpen = Math.max(maxOpen, asm.openCustomers());
    }
    // a customer stays open from its first event to its last + gap + lateness: 95 minutes,
    // during which about 95 / 7.2 = 13.2 customers start
    assertTrue(maxOpen <= 15, "open customers peaked at " + maxOpen);
    assertTrue(asm.journeys() > 1_900, asm.toString());
    asm.finish();
    assertEquals(2_000, lengths.size());
    assertTrue(lengths.stream().allMatch(n -> n == 7));
    // quiet period: the wall clock closes the last journey without new events
    List<Integer> quiet = new ArrayList<>();
    LiveAssembler idle =
        new LiveAssembler(rules, Duration.ofMinutes(5), j -> quiet.add(j.length()));
    idle.accept(0, 0, 0, 0, 0, 0);
    idle.accept(0, 60_000, 0, 0, 0, 0);
    idle.advanceTo(60_000 + 30 * 60_000 + 5 * 60_000);
    assertEquals(List.of(), quiet); // gap not yet strictly exceeded once lateness is allowed for
    idle.advanceTo(60_000 + 30 * 60_000 + 5 * 60_000 + 1);
    assertEquals(List.of(2), quiet);
    assertEquals(0, idle.openEvents());
  }

  @Test
  void lateEventsAreRefusedAndCountedNeverDropped() {
    EventDictionaries d = new EventDictionaries();
    List<Copy> out = new ArrayList<>();
    LiveAssembler asm =
        new LiveAssembler(
            SplitRules.none().withInactivityGap(Duration.ofMinutes(30)),
            Duration.ofMinutes(1),
            j -> out.add(Copy.of(j)));
    asm.accept(0, 10 * 60_000L, 0, 0, 0, 0);
    asm.accept(1, 9 * 60_000L + 1, 0, 0, 0, 0); // within a minute: accepted out of order
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> asm.accept(1, 8 * 60_000L, 0, 0, 0, 0));
    assertEquals(
        "event at 480000 of customer id 1 is late: it is before the watermark 540000 (latest"
            + " event time 600000 minus the allowed lateness of 60000 ms); its journey may already"
            + " be emitted",
        e.getMessage());
    assertEquals(1, asm.lateEvents());
    assertEquals(2, asm.events());
    asm.finish();
    assertEquals(2, out.size());
    assertThrows(IllegalStateException.class, () -> asm.accept(0, 0, 0, 0, 0, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new LiveAssembler(SplitRules.none(), Duration.ZERO, j -> {}));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new LiveAssembler(
                SplitRules.none().withGoal(EventFilter.types(d, "order"), true),
                Duration.ZERO,
                j -> {}));
  }

  @Test
  void equalTimesKeepArrivalOrderAndStreamingAssemblerPointsHere() {
    List<Copy> out = new ArrayList<>();
    LiveAssembler asm =
        new LiveAssembler(
            SplitRules.none().withMaxDuration(Duration.ofHours(1)),
            Duration.ofMinutes(10),
            j -> out.add(Copy.of(j)));
    asm.accept(0, 5_000, 1, 0, 0, 0);
    asm.accept(0, 1_000, 2, 0, 0, 0);
    asm.accept(0, 5_000, 3, 0, 0, 0);
    asm.finish();
    assertEquals(List.of(1_000L, 5_000L, 5_000L), out.get(0).times());
    assertEquals(List.of(20_000, 10_000, 30_000), out.get(0).touchpoints());
    StreamingAssembler sorted = new StreamingAssembler(SplitRules.none(), j -> {});
    sorted.accept(0, 1, 0, 0, 0, 0);
    sorted.accept(1, 1, 0, 0, 0, 0);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> sorted.accept(0, 2, 0, 0, 0, 0));
    assertTrue(e.getMessage().contains("LiveAssembler"), e.getMessage());
  }
}
