package dev.cxkit.spark;

import java.util.ArrayList;
import java.util.TreeMap;
import org.apache.spark.util.AccumulatorV2;

/**
 * A Spark accumulator of rejected rows: {@link #reject} counts a row under its reason and keeps its
 * text while the reason has fewer than {@link RejectionReport#MAX_EXAMPLES} examples. Register it
 * on the driver ({@link #registered}), use it in tasks, read {@link #value()} after the action.
 */
final class RejectionCounter extends AccumulatorV2<String[], RejectionReport> {
  private static final long serialVersionUID = 1L;

  private TreeMap<String, Long> counts = new TreeMap<>();
  private TreeMap<String, ArrayList<String>> examples = new TreeMap<>();

  /** A new counter registered with the session's context under {@code name}. */
  static RejectionCounter registered(org.apache.spark.sql.SparkSession spark, String name) {
    RejectionCounter c = new RejectionCounter();
    spark.sparkContext().register(c, name);
    return c;
  }

  /** Counts one rejected row; the example text is built only while examples are kept. */
  void reject(String reason, java.util.function.Supplier<String> example) {
    counts.merge(reason, 1L, Math::addExact);
    ArrayList<String> list = examples.computeIfAbsent(reason, k -> new ArrayList<>());
    if (list.size() < RejectionReport.MAX_EXAMPLES) {
      list.add(example.get());
    }
  }

  /** Counts {@code n} rejected rows of a reason without examples (rows counted elsewhere). */
  void rejectCount(String reason, long n) {
    if (n > 0) {
      counts.merge(reason, n, Math::addExact);
    }
  }

  @Override
  public boolean isZero() {
    return counts.isEmpty();
  }

  @Override
  public AccumulatorV2<String[], RejectionReport> copy() {
    RejectionCounter c = new RejectionCounter();
    c.counts = new TreeMap<>(counts);
    examples.forEach((k, v) -> c.examples.put(k, new ArrayList<>(v)));
    return c;
  }

  @Override
  public void reset() {
    counts = new TreeMap<>();
    examples = new TreeMap<>();
  }

  /** Adds one row given as {reason, example}. */
  @Override
  public void add(String[] reasonAndExample) {
    String example = reasonAndExample.length > 1 ? reasonAndExample[1] : "";
    reject(reasonAndExample[0], () -> example);
  }

  @Override
  public void merge(AccumulatorV2<String[], RejectionReport> other) {
    RejectionReport o = other.value();
    o.counts().forEach((k, v) -> counts.merge(k, v, Math::addExact));
    for (String reason : o.counts().keySet()) {
      ArrayList<String> list = examples.computeIfAbsent(reason, k -> new ArrayList<>());
      for (String e : o.examples(reason)) {
        if (list.size() < RejectionReport.MAX_EXAMPLES) {
          list.add(e);
        }
      }
    }
  }

  @Override
  public RejectionReport value() {
    TreeMap<String, ArrayList<String>> e = new TreeMap<>();
    examples.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            e.put(k, new ArrayList<>(v));
          }
        });
    return new RejectionReport(new TreeMap<>(counts), e);
  }
}
