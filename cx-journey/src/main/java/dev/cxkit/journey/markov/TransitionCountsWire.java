package dev.cxkit.journey.markov;

import dev.cxkit.journey.events.Dictionary;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.internal.Growth;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.model.internal.WireReader;
import dev.cxkit.model.internal.WireWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The wire form and the content equality of {@link TransitionCounts}. Steps travel by name, so
 * counts made against one process's dictionaries decode against another's: after the version and
 * type bytes come the kind (journey or path counts), order, state construction and repeat flags,
 * the path options (journeys) or every step name (paths), the names of the steps used, then the
 * nodes (state tuples and window prefixes) in id order, the states in order of first appearance,
 * the transitions (from node, step, to node, weight, dwell), the short paths, the per-node exits,
 * value and position sums, and the totals. Decoding rebuilds the counter through its own interning
 * and checks every transition against the order-k rule, so hostile bytes cannot break its
 * invariants.
 */
final class TransitionCountsWire {

  private static final int JOURNEYS = 1;
  private static final int COLLAPSE_TOUCHES = 2;
  private static final int COLLAPSE_STATES = 4;
  private static final int NULL_STATE = 8;

  private TransitionCountsWire() {}

  static byte[] write(TransitionCounts c) {
    WireWriter out = new WireWriter(WireReader.TRANSITION_COUNTS);
    boolean journeys = c.options != null;
    out.writeByte(
        (journeys ? JOURNEYS : 0)
            | (c.collapseTouches ? COLLAPSE_TOUCHES : 0)
            | (c.collapseStates ? COLLAPSE_STATES : 0)
            | (c.nullState ? NULL_STATE : 0));
    out.writeCount(c.order);
    out.writeByte(c.construction.ordinal());
    List<String> names;
    int[] index;
    if (journeys) {
      PathOptions o = Objects.requireNonNull(c.options);
      out.writeByte(o.dimension().ordinal());
      out.writeBoolean(o.collapseRepeats());
      Dictionary d = o.dimension().dictionary(Objects.requireNonNull(c.dictionaries));
      index = new int[d.size()];
      Arrays.fill(index, -1);
      names = new ArrayList<>();
      for (int n = 0; n < c.nodes.size(); n++) {
        for (int s : c.nodes.sequence(n)) {
          use(s, index, names, d);
        }
      }
      for (int e = 0; e < c.steps.size(); e++) {
        use((int) c.steps.key(e), index, names, d);
      }
    } else {
      names = Objects.requireNonNull(c.symbolNames);
      index = new int[names.size()];
      for (int i = 0; i < index.length; i++) {
        index[i] = i;
      }
    }
    out.writeCount(names.size());
    for (String name : names) {
      out.writeString(name);
    }
    out.writeCount(c.nodes.size());
    for (int n = 3; n < c.nodes.size(); n++) {
      int[] t = c.nodes.sequence(n);
      out.writeCount(t.length);
      for (int s : t) {
        out.writeSigned(s < 0 ? s : index[s]);
      }
    }
    out.writeCount(c.states);
    for (int s = 3; s < c.states; s++) {
      out.writeCount(c.stateNode[s]);
    }
    out.writeCount(c.steps.size());
    for (int e = 0; e < c.steps.size(); e++) {
      long key = c.steps.key(e);
      out.writeCount(key >>> 32);
      out.writeCount(index[(int) key]);
      out.writeCount(c.target[e]);
      out.writeCount(c.steps.count(e));
      out.writeSigned(c.steps.sum(e));
    }
    out.writeCount(c.shortPaths.size());
    for (int e = 0; e < c.shortPaths.size(); e++) {
      out.writeCount(c.shortPaths.key(e));
      out.writeCount(c.shortPaths.count(e));
      out.writeSigned(c.shortPaths.sum(e));
    }
    for (int n = 0; n < c.nodes.size(); n++) {
      out.writeCount(c.conversions[n]).writeCount(c.nulls[n]).writeSigned(c.conversionMillis[n]);
      out.writeDouble(c.value[n]).writeDouble(c.positionSum[n]).writeDouble(c.visits[n]);
    }
    out.writeCount(c.journeys);
    out.writeCount(c.longestPath);
    return out.toBytes();
  }

  private static void use(int symbol, int[] index, List<String> names, Dictionary d) {
    if (symbol >= 0 && index[symbol] < 0) {
      index[symbol] = names.size();
      names.add(d.name(symbol));
    }
  }

  static TransitionCounts read(byte[] bytes, @Nullable EventDictionaries dictionaries) {
    return WireReader.decode(
        bytes,
        WireReader.TRANSITION_COUNTS,
        in -> {
          int flags = in.readByte("flags");
          if (flags > 15) {
            throw in.invalid("flags", "must be a combination of 1, 2, 4 and 8, was " + flags);
          }
          boolean journeys = (flags & JOURNEYS) != 0;
          if (journeys != (dictionaries != null)) {
            throw in.invalid(
                "kind",
                journeys
                    ? "is journey counts: decode them with fromBytes(bytes, dictionaries)"
                    : "is path counts: decode them with fromBytes(bytes)");
          }
          int order = (int) in.readCount("order", TransitionCounts.MAX_ORDER);
          int constructionIndex = in.readByte("state construction");
          if (constructionIndex >= StateConstruction.values().length) {
            throw in.invalid("state construction", "is unknown: " + constructionIndex);
          }
          StateConstruction construction = StateConstruction.values()[constructionIndex];
          TransitionCounts c;
          int[] local;
          if (journeys) {
            int dimensionIndex = in.readByte("dimension");
            if (dimensionIndex >= Dimension.values().length) {
              throw in.invalid("dimension", "is unknown: " + dimensionIndex);
            }
            PathOptions options = PathOptions.of(Dimension.values()[dimensionIndex]);
            if (in.readBoolean("collapseRepeats")) {
              options = options.collapsingRepeats();
            }
            c = TransitionCounts.create(dictionaries, options, order, construction);
            Dictionary d = options.dimension().dictionary(dictionaries);
            local = new int[in.readLength("step names", 1)];
            for (int i = 0; i < local.length; i++) {
              local[i] = d.intern(in.readString("step name " + i));
            }
          } else {
            int n = in.readLength("step names", 1);
            List<String> names = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
              names.add(in.readString("step name " + i));
            }
            Repeats repeats =
                (flags & (COLLAPSE_TOUCHES | COLLAPSE_STATES)) != 0
                    ? Repeats.COLLAPSE
                    : Repeats.KEEP_SELF_LOOPS;
            c =
                TransitionCounts.forPaths(
                    names, order, construction, repeats, (flags & NULL_STATE) != 0);
            local = new int[n];
            for (int i = 0; i < n; i++) {
              local[i] = i;
            }
          }
          int expected =
              (c.options != null ? JOURNEYS : 0)
                  | (c.collapseTouches ? COLLAPSE_TOUCHES : 0)
                  | (c.collapseStates ? COLLAPSE_STATES : 0)
                  | (c.nullState ? NULL_STATE : 0);
          if (expected != flags) {
            throw in.invalid("flags", "do not fit the kind and options, was " + flags);
          }
          readBody(in, c, local);
          return c;
        });
  }

  private static void readBody(WireReader in, TransitionCounts c, int[] local) {
    int nodes = in.readLength("nodes", 1);
    if (nodes < 3) {
      throw in.invalid("nodes", "must include start, conversion and null, was " + nodes);
    }
    for (int n = 3; n < nodes; n++) {
      int len = in.readLength("node " + n + " length", 1);
      if (len < 1 || len > c.order) {
        throw in.invalid("node " + n, "length must be in 1.." + c.order + ", was " + len);
      }
      int[] t = new int[len];
      for (int i = 0; i < len; i++) {
        long s = in.readSigned("node " + n + " step " + i);
        if (s == TransitionCounts.START_SYMBOL) {
          t[i] = (int) s;
        } else if (s >= 0 && s < local.length) {
          t[i] = local[(int) s];
        } else {
          throw in.invalid("node " + n, "step " + s + " is not a known step or the start");
        }
      }
      if (c.internTuple(t) != n) {
        throw in.invalid("node " + n, "repeats an earlier node");
      }
    }
    int states = in.readLength("states", 1);
    if (states < 3) {
      throw in.invalid("states", "must include start, conversion and null, was " + states);
    }
    for (int s = 3; s < states; s++) {
      int node = node(in, "state " + s, nodes);
      if (c.stateOf[node] >= 0) {
        throw in.invalid("state " + s, "repeats node " + node);
      }
      c.emit(node);
    }
    int steps = in.readLength("transitions", 5);
    for (int e = 0; e < steps; e++) {
      int from = node(in, "transition " + e + " from", nodes);
      if (from == 1 || from == 2) {
        throw in.invalid("transition " + e, "leaves an exit (node " + from + ")");
      }
      long symbol = in.readCount("transition " + e + " step", local.length - 1L);
      int to = node(in, "transition " + e + " to", nodes);
      if (to < 3) {
        throw in.invalid("transition " + e, "enters the start or an exit (node " + to + ")");
      }
      long key = ((long) from << 32) | local[(int) symbol];
      if (c.steps.find(key) >= 0) {
        throw in.invalid("transition " + e, "repeats an earlier transition");
      }
      if (c.next(from, local[(int) symbol]) != to || c.nodes.size() != nodes) {
        throw in.invalid("transition " + e, "does not lead where the order-k rule leads");
      }
      long weight = in.readCount("transition " + e + " weight");
      int at = c.steps.add(key, weight, in.readSigned("transition " + e + " dwell"));
      c.target = Growth.ensure(c.target, at + 1);
      c.target[at] = to;
    }
    int shorts = in.readLength("short paths", 3);
    for (int e = 0; e < shorts; e++) {
      int node = node(in, "short path " + e, nodes);
      if (c.shortPaths.find(node) >= 0) {
        throw in.invalid("short path " + e, "repeats node " + node);
      }
      c.shortPaths.add(node, in.readCount("short path weight"), in.readSigned("short path dwell"));
    }
    in.checkRoom("node sums", nodes, 27);
    for (int n = 0; n < nodes; n++) {
      c.conversions[n] = in.readCount("node " + n + " conversions");
      c.nulls[n] = in.readCount("node " + n + " nulls");
      c.conversionMillis[n] = in.readSigned("node " + n + " conversion time");
      c.value[n] = nonNegative(in, "node " + n + " value");
      c.positionSum[n] = nonNegative(in, "node " + n + " position sum");
      c.visits[n] = nonNegative(in, "node " + n + " visits");
    }
    c.journeys = in.readCount("journeys");
    c.longestPath = in.readInt("longest path");
  }

  private static int node(WireReader in, String field, int nodes) {
    return (int) in.readCount(field, nodes - 1L);
  }

  private static double nonNegative(WireReader in, String field) {
    double v = in.readFiniteDouble(field);
    if (v < 0) {
      throw in.invalid(field, "must be >= 0, was " + v);
    }
    return v;
  }

  /** Equal content: same kind, options and order, and the same counts per named node and step. */
  static boolean same(TransitionCounts a, TransitionCounts b) {
    return header(a).equals(header(b)) && content(a).equals(content(b));
  }

  static int hash(TransitionCounts c) {
    return Objects.hash(header(c), c.journeys, c.states);
  }

  private static List<Object> header(TransitionCounts c) {
    return Arrays.asList(
        c.order,
        c.construction,
        c.collapseTouches,
        c.collapseStates,
        c.nullState,
        c.options,
        c.symbolNames,
        c.journeys,
        c.longestPath);
  }

  /** Every count keyed by names, so that node ids (order of first appearance) do not matter. */
  private static Map<List<Object>, List<Object>> content(TransitionCounts c) {
    List<String> names = c.symbolNames;
    Dictionary d =
        c.options != null
            ? c.options.dimension().dictionary(Objects.requireNonNull(c.dictionaries))
            : null;
    Map<List<Object>, List<Object>> out = new HashMap<>();
    for (int n = 0; n < c.nodes.size(); n++) {
      out.put(
          List.of("node", named(c, n, names, d)),
          List.of(
              c.stateOf[n] >= 0,
              c.conversions[n],
              c.nulls[n],
              c.conversionMillis[n],
              c.value[n],
              c.positionSum[n],
              c.visits[n]));
    }
    for (int e = 0; e < c.steps.size(); e++) {
      long key = c.steps.key(e);
      out.put(
          List.of(
              "step",
              named(c, (int) (key >>> 32), names, d),
              name((int) key, names, d),
              named(c, c.target[e], names, d)),
          List.of(c.steps.count(e), c.steps.sum(e)));
    }
    for (int e = 0; e < c.shortPaths.size(); e++) {
      out.put(
          List.of("short", named(c, (int) c.shortPaths.key(e), names, d)),
          List.of(c.shortPaths.count(e), c.shortPaths.sum(e)));
    }
    return out;
  }

  private static List<String> named(
      TransitionCounts c, int node, @Nullable List<String> names, @Nullable Dictionary d) {
    List<String> out = new ArrayList<>();
    for (int s : c.nodes.sequence(node)) {
      out.add(name(s, names, d));
    }
    return out;
  }

  private static String name(int symbol, @Nullable List<String> names, @Nullable Dictionary d) {
    if (symbol < 0) {
      return "\u0000" + symbol; // start, conversion and null: never a step name
    }
    return names != null ? names.get(symbol) : Objects.requireNonNull(d).name(symbol);
  }
}
