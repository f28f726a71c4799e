package dev.cxkit.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.markov.Repeats;
import dev.cxkit.journey.markov.StateConstruction;
import dev.cxkit.journey.paths.PathTable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AttributionPropertiesTest {

  record Row(List<String> path, int conversions, double value, int nulls) {}

  @Provide
  Arbitrary<List<Row>> tables() {
    Arbitrary<List<String>> paths =
        Arbitraries.of("a", "b", "c", "d", "e", "f").list().ofMinSize(1).ofMaxSize(7);
    Arbitrary<Row> rows =
        Combinators.combine(
                paths,
                Arbitraries.integers().between(0, 20),
                Arbitraries.doubles().between(0.0, 1000.0).ofScale(3),
                Arbitraries.integers().between(0, 20))
            .as(
                (p, c, v, n) ->
                    new Row(p, c == 0 && n == 0 ? 1 : c, c == 0 && n == 0 ? v : c == 0 ? 0 : v, n));
    return rows.list().ofMinSize(1).ofMaxSize(30);
  }

  private static PathTable table(List<Row> rows, boolean timed) {
    PathTable.Builder b = PathTable.builder();
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    for (Row r : rows) {
      if (timed) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < r.path().size(); i++) {
          times.add(t0.plus(Duration.ofHours(i * 13L)));
        }
        b.addTimed(r.path(), times, r.conversions(), r.value(), r.nulls());
      } else {
        b.add(r.path(), r.conversions(), r.value(), r.nulls());
      }
    }
    return b.build();
  }

  private static void assertSumsExactly(PathTable t, AttributionResult r) {
    double[] conv = r.credits().stream().mapToDouble(ChannelCredit::conversions).toArray();
    double[] value = r.credits().stream().mapToDouble(ChannelCredit::value).toArray();
    if (Arrays.stream(conv).allMatch(c -> c >= 0) && Arrays.stream(value).allMatch(v -> v >= 0)) {
      assertEquals((double) t.totalConversions(), Credits.plainSum(conv), r.model());
      assertEquals(t.totalValue(), Credits.plainSum(value), r.model());
    } else {
      // mixed signs (coalition Shapley): the grid of left-to-right sums may step over the total,
      // so the plain sum is held to the classical bound of recursive summation, n ulps of the
      // sum of magnitudes (Higham 2002, Accuracy and Stability of Numerical Algorithms, §4.2)
      assertEquals(
          (double) t.totalConversions(), Credits.plainSum(conv), summationBound(conv), r.model());
      assertEquals(t.totalValue(), Credits.plainSum(value), summationBound(value), r.model());
    }
  }

  private static double summationBound(double[] xs) {
    return xs.length * Math.ulp(Arrays.stream(xs).map(Math::abs).sum());
  }

  @Property(tries = 200)
  void everyModelSumsExactlyToTheTotals(@ForAll("tables") List<Row> rows) {
    PathTable t = table(rows, false);
    for (AttributionModel m :
        List.of(
            AttributionModel.firstTouch(),
            AttributionModel.lastTouch(),
            AttributionModel.linear(),
            AttributionModel.positionBased(),
            AttributionModel.lastNonDirect(Set.of("a")),
            AttributionModel.shapleySimplified(),
            AttributionModel.shapleyCoalition(),
            MarkovAttribution.builder().order(1).build(),
            MarkovAttribution.builder().order(3).repeats(Repeats.KEEP_SELF_LOOPS).build(),
            MarkovAttribution.builder().order(2).nullState(false).build())) {
      assertSumsExactly(t, m.attribute(t));
    }
    PathTable timed = table(rows, true);
    assertSumsExactly(timed, AttributionModel.timeDecay(Duration.ofDays(1)).attribute(timed));
  }

  /** Flow conservation: with every journey ending in an outcome, P(conv) = conversions/journeys. */
  @Property(tries = 200)
  void conversionProbabilityIsTheConversionRate(
      @ForAll("tables") List<Row> rows,
      @ForAll @IntRange(min = 1, max = 4) int order,
      @ForAll boolean collapse) {
    PathTable t = table(rows, false);
    MarkovResult m =
        MarkovAttribution.builder()
            .order(order)
            .repeats(collapse ? Repeats.COLLAPSE : Repeats.KEEP_SELF_LOOPS)
            .build()
            .analyze(t);
    assertEquals(
        (double) t.totalConversions() / t.totalJourneys(), m.conversionProbability(), 1e-12);
    for (double re : m.removalEffects().values()) {
      assertTrue(re >= 0 && re <= 1, "removal effect in [0, 1]: " + re);
    }
  }

  /**
   * The sparse iterative solve agrees with a dense LU oracle built independently, for both state
   * constructions.
   */
  @Property(tries = 100)
  void exactMarkovMatchesDenseOracle(
      @ForAll("tables") List<Row> rows,
      @ForAll @IntRange(min = 1, max = 4) int order,
      @ForAll boolean collapse,
      @ForAll boolean nullState,
      @ForAll StateConstruction states) {
    PathTable t = table(rows, false);
    MarkovResult m =
        MarkovAttribution.builder()
            .order(order)
            .states(states)
            .repeats(collapse ? Repeats.COLLAPSE : Repeats.KEEP_SELF_LOOPS)
            .nullState(nullState)
            .build()
            .analyze(t);
    NaiveMarkov naive =
        new NaiveMarkov(t, order, collapse, nullState, states == StateConstruction.WINDOWS);
    double[] re = naive.removalEffects(t);
    double[] rv = naive.valueRemovalEffects(t);
    for (int c = 0; c < t.channelCount(); c++) {
      assertEquals(Math.max(0, re[c]), m.removalEffect(t.channel(c)), 1e-10);
      assertEquals(Math.max(0, rv[c]), m.valueRemovalEffects().get(t.channel(c)), 1e-10);
    }
  }

  /** Reading the table back from text gives the same table as building it. */
  @Property(tries = 100)
  void readerRoundTrip(@ForAll("tables") List<Row> rows) throws Exception {
    StringBuilder sb =
        new StringBuilder("path;total_conversions;total_conversion_value;total_null\n");
    for (Row r : rows) {
      sb.append(String.join(" > ", r.path()))
          .append(';')
          .append(r.conversions())
          .append(';')
          .append(java.math.BigDecimal.valueOf(r.value()).toPlainString())
          .append(';')
          .append(r.nulls())
          .append('\n');
    }
    PathTable read =
        PathTableReader.channelAttribution()
            .read(
                new java.io.ByteArrayInputStream(
                    sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    PathTable built = table(rows, false);
    assertEquals(built.pathCount(), read.pathCount());
    assertEquals(built.channels(), read.channels());
    for (int p = 0; p < built.pathCount(); p++) {
      assertEquals(built.path(p), read.path(p));
      assertEquals(built.conversions(p), read.conversions(p));
      assertEquals(built.nulls(p), read.nulls(p));
      assertEquals(built.value(p), read.value(p), 1e-9);
    }
  }

  /**
   * W-shaped with a milestone that no converting path touches is U-shaped with the 30/10/30 split
   * scaled to sum to 1 (first 3/7, middle 1/7, last 3/7): two different implementations agree.
   */
  @Property(tries = 200)
  void wShapedWithoutItsMilestoneIsPositionBased(@ForAll("tables") List<Row> rows) {
    List<Row> more = new ArrayList<>(rows);
    more.add(new Row(List.of("milestone"), 0, 0, 1));
    PathTable t = table(more, false);
    AttributionResult w = AttributionModel.wShaped("milestone").attribute(t);
    AttributionResult u = AttributionModel.positionBased(3.0 / 7, 1.0 / 7, 3.0 / 7).attribute(t);
    assertSumsExactly(t, w);
    for (ChannelCredit c : u.credits()) {
      assertEquals(c.conversions(), w.conversions(c.channel()), 1e-9, c.channel());
      assertEquals(c.value(), w.value(c.channel()), 1e-9 * (1 + c.value()), c.channel());
    }
    assertEquals(0.0, w.conversions("milestone"));
  }

  /** A milestone that opens every path is first and milestone at once: at least 60 % of it all. */
  @Property(tries = 200)
  void aMilestoneOpeningEveryPathEarnsAtLeastSixtyPercent(@ForAll("tables") List<Row> rows) {
    List<Row> opened = new ArrayList<>();
    for (Row r : rows) {
      List<String> path = new ArrayList<>();
      path.add("m");
      path.addAll(r.path());
      opened.add(new Row(path, r.conversions(), r.value(), r.nulls()));
    }
    PathTable t = table(opened, false);
    AttributionResult w = AttributionModel.wShaped("m").attribute(t);
    assertSumsExactly(t, w);
    assertTrue(w.conversions("m") >= 0.6 * t.totalConversions() - 1e-9, w.toString());
    for (ChannelCredit c : w.credits()) {
      assertTrue(c.conversions() >= 0 && c.value() >= 0, w.toString());
    }
  }

  /**
   * Participation credits each channel with the conversions of the paths it is on (counted from the
   * rows), at least its linear share and at most all conversions; the credits add up to the total
   * only when no converting path has two channels.
   */
  @Property(tries = 200)
  void participationCountsThePathsAChannelIsOn(@ForAll("tables") List<Row> rows) {
    PathTable t = table(rows, false);
    AttributionResult p = AttributionModel.participation().attribute(t);
    AttributionResult linear = AttributionModel.linear().attribute(t);
    assertTrue(!p.additive() && linear.additive());
    assertEquals((double) t.totalConversions(), p.totalConversions());
    double sum = 0;
    for (ChannelCredit c : p.credits()) {
      long on =
          rows.stream()
              .filter(r -> r.path().contains(c.channel()))
              .mapToLong(Row::conversions)
              .sum();
      double value =
          rows.stream()
              .filter(r -> r.path().contains(c.channel()) && r.conversions() > 0)
              .mapToDouble(Row::value)
              .sum();
      assertEquals((double) on, c.conversions(), c.channel());
      assertEquals(value, c.value(), 1e-9 * (1 + value), c.channel());
      assertTrue(c.conversions() >= linear.conversions(c.channel()) - 1e-9);
      assertTrue(c.conversions() <= t.totalConversions());
      sum += c.conversions();
    }
    boolean single =
        rows.stream()
            .filter(r -> r.conversions() > 0)
            .allMatch(r -> r.path().stream().distinct().count() == 1);
    assertEquals(single, sum == t.totalConversions(), p.toString());
  }
}
