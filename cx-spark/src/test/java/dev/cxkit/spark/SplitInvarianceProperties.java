package dev.cxkit.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.paths.JourneyPathTables;
import dev.cxkit.journey.paths.PathTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Split invariance of cx-spark's per-partition work and its merges, without Spark: however the rows
 * are cut into partitions (any number, any cut points, any order of the rows and of the merges),
 * the merged answer equals one fold over all rows in one JVM. Spark itself is exercised on random
 * partitionings in {@link SparkSplitInvarianceTest}; these properties try many more splits than a
 * Spark job per try would allow.
 */
class SplitInvarianceProperties {
  private static final String[] ANSWERS = {
    "0", "3", "6", "7", "8", "9", "10", "7.0", "+9", "-1", "11", "7.5", "seven", " ", "", "12"
  };

  /** The order flatMapSortedGroups gives a customer's events: time, touchpoint, type, channel. */
  static final java.util.Comparator<Row> SPARK_SORT =
      java.util.Comparator.<Row>comparingLong(r -> r.getLong(1))
          .thenComparing(r -> r.getString(2))
          .thenComparing(r -> r.getString(4))
          .thenComparing(r -> r.getString(3))
          .thenComparing(r -> r.getString(5));

  /** Random cut points: {@code parts} consecutive pieces of a shuffled copy of {@code rows}. */
  static <T> List<List<T>> split(List<T> rows, int parts, Random rnd) {
    List<T> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, rnd);
    List<Integer> cuts = new ArrayList<>();
    for (int i = 0; i < parts - 1; i++) {
      cuts.add(rnd.nextInt(shuffled.size() + 1));
    }
    Collections.sort(cuts);
    List<List<T>> out = new ArrayList<>(parts);
    int from = 0;
    for (int c : cuts) {
      out.add(shuffled.subList(from, c));
      from = c;
    }
    out.add(shuffled.subList(from, shuffled.size()));
    return out;
  }

  @Property(tries = 300)
  void scoreCountsMergeInAnyOrderEqualsOneFold(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int parts) {
    Random rnd = new Random(seed);
    List<String> answers = new ArrayList<>();
    int n = rnd.nextInt(400);
    for (int i = 0; i < n; i++) {
      answers.add(rnd.nextInt(20) == 0 ? null : ANSWERS[rnd.nextInt(ANSWERS.length)]);
    }
    ScoreCountsAggregator agg = new ScoreCountsAggregator("nps", 0, 10, null);
    ScoreCounts whole = agg.zero();
    for (String a : answers) {
      whole = agg.reduce(whole, a);
    }
    whole = agg.finish(whole);

    List<ScoreCounts> buffers = new ArrayList<>();
    for (List<String> part : split(answers, parts, rnd)) {
      // Spark starts a buffer from zero() per partition (and per group within it)
      ScoreCounts b = agg.zero();
      for (String a : part) {
        b = agg.reduce(b, a);
      }
      buffers.add(b);
    }
    // merge as a random binary tree: any association, any order
    while (buffers.size() > 1) {
      int i = rnd.nextInt(buffers.size());
      ScoreCounts left = buffers.remove(i);
      int j = rnd.nextInt(buffers.size());
      buffers.set(j, agg.merge(left, buffers.get(j)));
    }
    ScoreCounts merged = agg.finish(buffers.get(0));
    assertArrayEquals(whole.getCounts(), merged.getCounts(), "counts per point");
    assertEquals(whole.getMissing(), merged.getMissing(), "missing");
    assertEquals(whole.getNotInteger(), merged.getNotInteger(), "not integer");
    assertEquals(whole.getOffScale(), merged.getOffScale(), "off scale");
    assertEquals(
        n,
        java.util.Arrays.stream(merged.getCounts()).sum()
            + merged.getMissing()
            + merged.getNotInteger()
            + merged.getOffScale(),
        "every answer is counted once");
  }

  @Property(tries = 200)
  void pathRowsOfAnyPartitioningAddUpToTheSingleJvmPathTable(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 9) int parts) {
    Random rnd = new Random(seed);
    JourneyRules rules =
        JourneyRules.none()
            .withInactivityGap(Duration.ofMinutes(30))
            .withMaxDuration(Duration.ofHours(3))
            .withGoal(Dimension.TYPE, true, "order");
    List<Row> events = EventLogs.generate(1 + rnd.nextInt(600), rnd.nextLong());
    events = events.subList(0, events.size() - EventLogs.BAD_ROWS);

    // the oracle: the whole log assembled and tabulated in one JVM
    EventDictionaries dict = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(dict);
    Map<String, List<Row>> byCustomer = new LinkedHashMap<>();
    for (Row r : events) {
      b.add(r.getString(0), r.getLong(1), r.getString(2), r.getString(3), r.getString(4), "");
      byCustomer
          .computeIfAbsent(r.getString(0), k -> new ArrayList<>())
          .add(
              RowFactory.create(
                  r.getString(0),
                  r.getLong(1),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  ""));
    }
    Journeys js = JourneyAssembler.assemble(b.build(), rules.toSplitRules(dict), TieBreak.CONTENT);
    PathTable expected = JourneyPathTables.of(js);

    // cx-spark's functions: one call of the group function per customer (Spark's sort order),
    // then the journeys cut into partitions, path rows per partition, summed per path
    RejectionCounter rejected = new RejectionCounter();
    SparkJourneys.Assemble assemble = new SparkJourneys.Assemble(rules, rejected);
    List<JourneyRow> journeys = new ArrayList<>();
    for (Map.Entry<String, List<Row>> e : byCustomer.entrySet()) {
      List<Row> sorted = new ArrayList<>(e.getValue());
      sorted.sort(SPARK_SORT);
      assemble.call(e.getKey(), sorted.iterator()).forEachRemaining(journeys::add);
    }
    assertTrue(rejected.isZero(), "no good event is rejected");
    Map<List<String>, long[]> summed = new TreeMap<>(SplitInvarianceProperties::comparePaths);
    for (List<JourneyRow> part : split(journeys, parts, rnd)) {
      Iterator<Row> rows = new SparkPaths.ToPaths(Dimension.CHANNEL).call(part.iterator());
      rows.forEachRemaining(
          r -> {
            long[] s = summed.computeIfAbsent(List.of((String[]) r.get(0)), k -> new long[3]);
            s[0] += r.getLong(1);
            s[1] += r.getLong(2);
            s[2]++;
          });
    }
    Map<List<String>, long[]> oracle = byPath(expected);
    assertEquals(oracle.keySet(), summed.keySet(), "distinct paths");
    summed.forEach(
        (path, s) -> {
          long[] o = oracle.get(path);
          assertEquals(o[0], s[0], "conversions of " + path);
          assertEquals(o[1], s[1], "nulls of " + path);
        });
  }

  /**
   * Conversions and nulls per distinct path of {@code t} (a table may list a path more than once).
   */
  static Map<List<String>, long[]> byPath(PathTable t) {
    Map<List<String>, long[]> out = new TreeMap<>(SplitInvarianceProperties::comparePaths);
    for (int p = 0; p < t.pathCount(); p++) {
      long[] s = out.computeIfAbsent(t.path(p), k -> new long[2]);
      s[0] += t.conversions(p);
      s[1] += t.nulls(p);
    }
    return out;
  }

  static int comparePaths(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
