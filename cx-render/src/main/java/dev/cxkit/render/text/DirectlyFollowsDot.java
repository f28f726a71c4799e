package dev.cxkit.render.text;

import dev.cxkit.journey.paths.DirectlyFollowsGraph;
import dev.cxkit.render.internal.Fmt;
import java.util.Objects;

/**
 * A directly-follows graph as Graphviz DOT text: one node per step labelled with its name,
 * occurrences and the journeys that start and end there (start steps drawn with a thick border, end
 * steps doubled), one edge per directly-follows pair labelled with its count and the median time
 * between the events, its width growing with the count.
 *
 * <pre>{@code
 * String dot = DirectlyFollowsDot.of("journeys", DirectlyFollowsGraph.of(journeys, options), 1);
 * // digraph "journeys" { ... "search" -> "product" [label="700\nmedian 2.5 min", ...]; }
 * }</pre>
 *
 * <p>Names are quoted and escaped ({@link Escape#dotId(String)}), so any step name is safe.
 */
public final class DirectlyFollowsDot {
  private DirectlyFollowsDot() {}

  /**
   * DOT text for {@code graph}, leaving out edges seen fewer than {@code minCount} times.
   *
   * @throws IllegalArgumentException if {@code minCount} is below 1
   */
  public static String of(String name, DirectlyFollowsGraph graph, long minCount) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(graph, "graph");
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be at least 1, was " + minCount);
    }
    long max = 1;
    for (DirectlyFollowsGraph.Edge e : graph.edges()) {
      max = Math.max(max, e.count());
    }
    StringBuilder out = new StringBuilder();
    out.append("digraph ").append(Escape.dotId(name)).append(" {\n");
    out.append("  rankdir=LR;\n");
    out.append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f4f6f8\", ")
        .append("fontname=\"Helvetica\"];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=10, color=\"#5f6368\"];\n");
    for (DirectlyFollowsGraph.Activity a : graph.activities()) {
      out.append("  ")
          .append(Escape.dotId(a.name()))
          .append(" [label=")
          .append(
              label(
                  a.name(),
                  Fmt.count(a.occurrences())
                      + (a.starts() > 0 ? " · starts " + Fmt.count(a.starts()) : "")
                      + (a.ends() > 0 ? " · ends " + Fmt.count(a.ends()) : "")));
      if (a.starts() > 0) {
        out.append(", penwidth=2.5");
      }
      if (a.ends() > 0) {
        out.append(", peripheries=2");
      }
      out.append("];\n");
    }
    for (DirectlyFollowsGraph.Edge e : graph.edges()) {
      if (e.count() < minCount) {
        continue;
      }
      out.append("  ")
          .append(Escape.dotId(e.from()))
          .append(" -> ")
          .append(Escape.dotId(e.to()))
          .append(" [label=")
          .append(label(Fmt.count(e.count()), "median " + Fmt.duration(e.time().median())))
          .append(", penwidth=")
          .append(Fmt.num(0.5 + 4.5 * e.count() / max))
          .append("];\n");
    }
    out.append("}\n");
    return out.toString();
  }

  /** A two-line label: both lines escaped, joined by DOT's {@code \n} line break. */
  private static String label(String first, String second) {
    String a = Escape.dotId(first);
    String b = Escape.dotId(second);
    return a.substring(0, a.length() - 1) + "\\n" + b.substring(1);
  }
}
