package dev.cxkit.render.text;

import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.render.internal.Fmt;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A Markov chain of journey states as Graphviz DOT text: one node per state (absorbing states, such
 * as conversion and non-conversion, drawn as double circles) and one edge per transition at or
 * above a minimum probability, labelled with the probability and widened with it.
 *
 * <pre>{@code
 * String fromEngine = MarkovDot.of("journeys", TransitionCounts.of(js, options, 1).chain(), 0.01);
 * String dot = MarkovDot.of("checkout", List.of("(start)", "search", "(conversion)"),
 *     new double[][] {{0, 1, 0}, {0, 0.4, 0.6}, {0, 0, 1}}, 0.01);
 * // digraph "checkout" { ... "search" -> "(conversion)" [label="0.60", penwidth=...]; }
 * }</pre>
 *
 * <p>Names are quoted and escaped, so any state name is safe. Pass the journey engine's chain as
 * {@code chain.stateNames()} and {@code probabilities[i][j] = chain.probability(i, j)}.
 */
public final class MarkovDot {
  private MarkovDot() {}

  /** DOT text for a journey-engine Markov chain, leaving out transitions below {@code min}. */
  public static String of(String name, MarkovChain chain, double minProbability) {
    int n = chain.stateCount();
    double[][] p = new double[n][n];
    for (int i = 0; i < n; i++) {
      if (chain.isAbsorbing(i)) {
        continue;
      }
      for (int j : chain.successors(i)) {
        p[i][j] = chain.probability(i, j);
      }
    }
    return of(name, chain.stateNames(), p, minProbability);
  }

  /**
   * DOT text for the chain.
   *
   * @param name graph name
   * @param states state names, index {@code i} matching row {@code i}
   * @param probabilities row-stochastic transition matrix (rows of an absorbing state: {@code 1} on
   *     the diagonal, or all zero)
   * @param minProbability transitions below this are left out (use 0 to keep all non-zero ones)
   * @throws IllegalArgumentException if the matrix is not square over {@code states}, holds a value
   *     outside [0, 1] or a row not summing to 1 or 0
   */
  public static String of(
      String name, List<String> states, double[][] probabilities, double minProbability) {
    Objects.requireNonNull(name, "name");
    int n = states.size();
    if (probabilities.length != n) {
      throw new IllegalArgumentException(
          "probabilities must have one row per state (" + n + "), was " + probabilities.length);
    }
    if (!(minProbability >= 0 && minProbability <= 1)) {
      throw new IllegalArgumentException("minProbability must be in [0, 1], was " + minProbability);
    }
    for (int i = 0; i < n; i++) {
      if (probabilities[i].length != n) {
        throw new IllegalArgumentException(
            "probabilities[" + i + "] must have " + n + " columns, was " + probabilities[i].length);
      }
      double sum = 0;
      for (int j = 0; j < n; j++) {
        double p = probabilities[i][j];
        if (!(p >= 0 && p <= 1)) {
          throw new IllegalArgumentException(
              "probabilities[" + i + "][" + j + "] must be in [0, 1], was " + p);
        }
        sum += p;
      }
      if (sum != 0 && Math.abs(sum - 1) > 1e-6) {
        throw new IllegalArgumentException(
            "probabilities[" + i + "] must sum to 1 (or 0 for an absorbing state), was " + sum);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("digraph ").append(quote(name)).append(" {\n");
    out.append("  rankdir=LR;\n");
    out.append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f4f6f8\", ")
        .append("fontname=\"Helvetica\"];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=10, color=\"#5f6368\"];\n");
    for (int i = 0; i < n; i++) {
      out.append("  ").append(quote(states.get(i)));
      if (absorbing(probabilities[i], i)) {
        out.append(" [shape=doublecircle, fillcolor=\"#e8f4ee\"]");
      }
      out.append(";\n");
    }
    for (int i = 0; i < n; i++) {
      if (absorbing(probabilities[i], i)) {
        continue;
      }
      for (int j = 0; j < n; j++) {
        double p = probabilities[i][j];
        if (p > 0 && p >= minProbability) {
          out.append("  ")
              .append(quote(states.get(i)))
              .append(" -> ")
              .append(quote(states.get(j)))
              .append(" [label=\"")
              .append(String.format(Locale.ROOT, "%.2f", p))
              .append("\", penwidth=")
              .append(Fmt.num(0.5 + 4 * p))
              .append("];\n");
        }
      }
    }
    out.append("}\n");
    return out.toString();
  }

  private static boolean absorbing(double[] row, int i) {
    double sum = 0;
    for (double p : row) {
      sum += p;
    }
    return sum == 0 || row[i] == 1;
  }

  /** A DOT double-quoted ID: see {@link Escape#dotId(String)}. */
  static String quote(String s) {
    return Escape.dotId(s);
  }
}
