package dev.cxkit.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows a Spark job could not use, counted per reason, with the first few examples of each: nothing
 * is dropped silently. Reasons are short phrases such as {@code "missing customer"}, {@code
 * "unparsable time"} or {@code "score off the scale"}.
 *
 * <pre>{@code
 * SurveyScores scores = SparkSurveys.distributions(table, "nps", Scale.nps(), "region");
 * RejectionReport rejected = scores.rejections();
 * rejected.count("score off the scale");     // e.g. 3
 * rejected.examples("score off the scale");  // ["region=north score=11", ...]
 * }</pre>
 *
 * <p>The counts come from Spark accumulators updated inside transformations: Spark applies each
 * successful task's update once, but a stage that is recomputed (a lost executor, a cached table
 * evicted) can add a task's rejections again. Survey rejections also travel in the aggregation
 * buffers and are exact per group.
 */
public final class RejectionReport implements Serializable {
  private static final long serialVersionUID = 1L;

  /** At most this many examples are kept per reason. */
  public static final int MAX_EXAMPLES = 5;

  private static final RejectionReport EMPTY =
      new RejectionReport(new TreeMap<>(), new TreeMap<>());

  private final TreeMap<String, Long> counts;
  private final TreeMap<String, ArrayList<String>> examples;

  RejectionReport(TreeMap<String, Long> counts, TreeMap<String, ArrayList<String>> examples) {
    this.counts = counts;
    this.examples = examples;
  }

  /** No rejected row. */
  public static RejectionReport empty() {
    return EMPTY;
  }

  /** Rejected rows of one reason (0 if none). */
  public long count(String reason) {
    return counts.getOrDefault(reason, 0L);
  }

  /** All rejected rows. */
  public long total() {
    long t = 0;
    for (long c : counts.values()) {
      t = Math.addExact(t, c);
    }
    return t;
  }

  /** Whether no row was rejected. */
  public boolean isEmpty() {
    return counts.isEmpty();
  }

  /** Counts per reason, reasons in alphabetical order. */
  public Map<String, Long> counts() {
    return Collections.unmodifiableMap(counts);
  }

  /** Up to {@link #MAX_EXAMPLES} rows of one reason, as text. */
  public List<String> examples(String reason) {
    List<String> e = examples.get(reason);
    return e == null ? List.of() : Collections.unmodifiableList(e);
  }

  /** The rejections of this report and {@code other} together. */
  public RejectionReport plus(RejectionReport other) {
    TreeMap<String, Long> c = new TreeMap<>(counts);
    TreeMap<String, ArrayList<String>> e = new TreeMap<>();
    examples.forEach((k, v) -> e.put(k, new ArrayList<>(v)));
    other.counts.forEach((k, v) -> c.merge(k, v, Math::addExact));
    other.examples.forEach(
        (k, v) -> {
          ArrayList<String> list = e.computeIfAbsent(k, x -> new ArrayList<>());
          for (String s : v) {
            if (list.size() < MAX_EXAMPLES) {
              list.add(s);
            }
          }
        });
    return new RejectionReport(c, e);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RejectionReport r && counts.equals(r.counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  /** One line per reason: count and examples. */
  @Override
  public String toString() {
    if (counts.isEmpty()) {
      return "no rejected rows";
    }
    StringBuilder b = new StringBuilder();
    counts.forEach(
        (reason, n) -> {
          if (b.length() > 0) {
            b.append('\n');
          }
          b.append(reason).append(": ").append(n);
          List<String> e = examples(reason);
          if (!e.isEmpty()) {
            b.append(" (e.g. ").append(String.join("; ", e)).append(')');
          }
        });
    return b.toString();
  }
}
