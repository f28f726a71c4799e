package dev.cxkit.journey.paths;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.assembly.JourneySink;
import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dictionary;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.internal.Growth;
import dev.cxkit.journey.internal.IntSequenceInterner;
import dev.cxkit.journey.internal.LongCountMap;
import dev.cxkit.metrics.stats.Wilson;
import dev.cxkit.model.internal.ExactMath;
import dev.cxkit.model.internal.Names;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Paths from an event, to an event or between two events ({@link PathQuery}) as a tree of exact
 * counts: the root is the anchoring event, each child the next step (or, read backwards to an end
 * event, the step before), each node with its journeys, the paths that end or are cut there, and
 * the Wilson interval of its share of the tree's journeys. Rare branches fold into {@code (other)}.
 * A name that is not a step of the journeys is an error naming the closest known name, never an
 * empty tree.
 *
 * {@snippet class=dev.cxkit.journey.paths.SnippetsTest region=pathTree}
 */
public final class PathTree {
  private final PathQuery query;
  private final PathNode root;
  private final long journeys;
  private final long withoutStart;
  private final long withoutEnd;

  private PathTree(
      PathQuery query, PathNode root, long journeys, long withoutStart, long withoutEnd) {
    this.query = query;
    this.root = root;
    this.journeys = journeys;
    this.withoutStart = withoutStart;
    this.withoutEnd = withoutEnd;
  }

  /** The tree of {@code journeys} under {@code query}. */
  public static PathTree of(Journeys journeys, PathQuery query) {
    Counter c = counter(journeys.dictionaries(), query);
    journeys.forEach(c);
    return c.snapshot();
  }

  /**
   * A sink counting paths under {@code query}; {@link Counter#snapshot()} builds the tree.
   *
   * @throws IllegalArgumentException when {@code from} or {@code to} is not a name of the query's
   *     dimension, naming the closest known name
   */
  public static Counter counter(EventDictionaries dictionaries, PathQuery query) {
    checkNotNull(dictionaries, "dictionaries");
    checkNotNull(query, "query");
    Dictionary names = query.options().dimension().dictionary(dictionaries);
    String from = query.from();
    String to = query.to();
    int fromId = from == null ? -1 : known(names, from, "from");
    int toId = to == null ? -1 : known(names, to, "to");
    return new Counter(dictionaries, query, fromId, toId);
  }

  private static int known(Dictionary names, String name, String role) {
    if (names.contains(name)) {
      return names.id(name);
    }
    String closest = Names.closest(name, names.names());
    throw new IllegalArgumentException(
        role
            + " event '"
            + name
            + "' is not a "
            + names.field()
            + " of the journeys"
            + (closest == null ? "" : "; did you mean '" + closest + "'?"));
  }

  /** The query. */
  public PathQuery query() {
    return query;
  }

  /** The anchoring event with the whole tree below it. */
  public PathNode root() {
    return root;
  }

  /** Journeys counted, with or without a path. */
  public long journeys() {
    return journeys;
  }

  /** Journeys with a path in the tree: the root's journeys. */
  public long anchored() {
    return root.journeys();
  }

  /**
   * Journeys without the anchoring event: without {@code from}, or without {@code to} when only
   * {@code to} is given.
   */
  public long withoutStart() {
    return withoutStart;
  }

  /** Journeys with {@code from} but no {@code to} after it (0 unless both are given). */
  public long withoutEnd() {
    return withoutEnd;
  }

  /** Every node in pre-order (a node, then its children's subtrees), with the steps to it. */
  public List<Entry> nodes() {
    List<Entry> out = new ArrayList<>();
    Deque<Entry> todo = new ArrayDeque<>();
    todo.push(new Entry(List.of(root.name()), root));
    while (!todo.isEmpty()) {
      Entry e = todo.pop();
      out.add(e);
      List<PathNode> cs = e.node().children();
      for (int i = cs.size() - 1; i >= 0; i--) {
        List<String> steps = new ArrayList<>(e.steps());
        steps.add(cs.get(i).name());
        todo.push(new Entry(steps, cs.get(i)));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "PathTree["
        + (query.from() == null ? "" : "from " + query.from() + " ")
        + (query.to() == null ? "" : "to " + query.to() + " ")
        + journeys
        + " journeys, "
        + anchored()
        + " with a path]";
  }

  /**
   * A node with the steps that lead to it from the anchor.
   *
   * @param steps the names from the root to the node, both included
   * @param node the node
   */
  public record Entry(List<String> steps, PathNode node) {
    /** Copies the steps. */
    public Entry {
      steps = List.copyOf(steps);
      checkNotNull(node, "node");
    }
  }

  /**
   * Counts the paths of journeys; merges with {@link #addAll}, finishes with {@link #snapshot()}.
   * Single-threaded: one counter per thread, merged afterwards.
   */
  public static final class Counter implements JourneySink {
    private final EventDictionaries dictionaries;
    private final PathQuery query;
    private final int fromId;
    private final int toId;
    private final PathBuffer buffer = new PathBuffer();
    private int[] scratch = new int[64];
    private final IntSequenceInterner segments = new IntSequenceInterner();
    // key: segment id; count: journeys; sum: paths that ended (the rest were cut)
    private final LongCountMap counts = new LongCountMap();
    private long journeys;
    private long withoutStart;
    private long withoutEnd;

    Counter(EventDictionaries dictionaries, PathQuery query, int fromId, int toId) {
      this.dictionaries = dictionaries;
      this.query = query;
      this.fromId = fromId;
      this.toId = toId;
    }

    @Override
    public void journey(JourneyView j) {
      buffer.fill(j, query.options());
      journeys++;
      int[] p = buffer.ids;
      int n = buffer.length;
      int depth = query.depth();
      boolean first = query.occurrence() == PathQuery.Occurrence.FIRST;
      if (toId < 0) {
        int a = first ? next(p, n, fromId, 0) : last(p, fromId, n);
        if (a < 0) {
          withoutStart++;
          return;
        }
        int end = (int) Math.min(n, (long) a + depth + 1);
        record(p, a, end, end == n);
      } else if (fromId < 0) {
        int b = first ? next(p, n, toId, 0) : last(p, toId, n);
        if (b < 0) {
          withoutStart++;
          return;
        }
        int len = Math.min(b, depth) + 1;
        scratch = Growth.ensure(scratch, len);
        for (int k = 0; k < len; k++) {
          scratch[k] = p[b - k];
        }
        record(scratch, 0, len, b <= depth);
      } else {
        between(p, n, depth, first);
      }
    }

    private void between(int[] p, int n, int depth, boolean first) {
      int a;
      if (first) {
        a = next(p, n, fromId, 0);
      } else {
        int lastTo = last(p, toId, n);
        a = lastTo < 0 ? -1 : last(p, fromId, lastTo);
        if (a < 0) {
          a = last(p, fromId, n); // only to decide which count the journey goes to
        }
      }
      if (a < 0) {
        withoutStart++;
        return;
      }
      int b = next(p, n, toId, a + 1);
      if (b < 0) {
        withoutEnd++;
        return;
      }
      if (b - a <= depth) {
        record(p, a, b + 1, true);
      } else {
        record(p, a, a + depth + 1, false);
      }
    }

    private static int next(int[] p, int n, int id, int from) {
      for (int i = from; i < n; i++) {
        if (p[i] == id) {
          return i;
        }
      }
      return -1;
    }

    /** The last index before {@code before} holding {@code id}, or -1. */
    private static int last(int[] p, int id, int before) {
      for (int i = before - 1; i >= 0; i--) {
        if (p[i] == id) {
          return i;
        }
      }
      return -1;
    }

    private void record(int[] a, int from, int to, boolean ended) {
      counts.add(segments.intern(a, from, to), 1, ended ? 1 : 0);
    }

    /** Adds the counts of {@code other} (same dictionaries and query); returns this. */
    public Counter addAll(Counter other) {
      checkArgument(
          other.dictionaries == dictionaries && other.query.equals(query),
          "counters must share dictionaries and query to merge, was %s vs %s",
          other.query,
          query);
      for (int i = 0; i < other.counts.size(); i++) {
        int[] s = other.segments.sequence((int) other.counts.key(i));
        counts.add(segments.intern(s, 0, s.length), other.counts.count(i), other.counts.sum(i));
      }
      journeys = ExactMath.add("path tree journeys", journeys, other.journeys);
      withoutStart = ExactMath.add("journeys without a start", withoutStart, other.withoutStart);
      withoutEnd = ExactMath.add("journeys without an end", withoutEnd, other.withoutEnd);
      return this;
    }

    /** Journeys counted so far. */
    public long n() {
      return journeys;
    }

    @Override
    public String toString() {
      return "PathTree.Counter["
          + query
          + ", "
          + journeys
          + " journeys, "
          + counts.size()
          + " distinct paths]";
    }

    /** The tree so far. */
    public PathTree snapshot() {
      Dictionary names = query.options().dimension().dictionary(dictionaries);
      Growing root = new Growing(fromId >= 0 ? fromId : toId);
      for (int i = 0; i < counts.size(); i++) {
        int s = (int) counts.key(i);
        long c = counts.count(i);
        long ended = counts.sum(i);
        Growing g = root;
        g.add(c);
        for (int k = 1; k < segments.length(s); k++) {
          g = g.child(segments.element(s, k));
          g.add(c);
        }
        g.ended += ended; // at most g.journeys, which did not overflow
        g.cut += c - ended;
      }
      PathNode tree = freeze(root, 0, root.journeys, names);
      return new PathTree(query, tree, journeys, withoutStart, withoutEnd);
    }

    private PathNode freeze(Growing g, int depth, long total, Dictionary names) {
      List<Growing> kids = new ArrayList<>(g.children.values());
      kids.sort(
          Comparator.comparingLong((Growing k) -> k.journeys)
              .reversed()
              .thenComparing(k -> names.name(k.symbol)));
      List<PathNode> children = new ArrayList<>();
      long otherJourneys = 0;
      long otherEnded = 0;
      long otherCut = 0;
      for (Growing k : kids) {
        if (k.journeys < query.minJourneys()) {
          otherJourneys += k.journeys;
          otherEnded += k.ended;
          otherCut += k.cut;
        } else {
          children.add(freeze(k, depth + 1, total, names));
        }
      }
      if (otherJourneys > 0) {
        children.add(
            node(
                PathNode.OTHER, true, depth + 1, otherJourneys, otherEnded, otherCut, total, null));
      }
      return node(names.name(g.symbol), false, depth, g.journeys, g.ended, g.cut, total, children);
    }

    private PathNode node(
        String name,
        boolean folded,
        int depth,
        long journeys,
        long ended,
        long cut,
        long total,
        @Nullable List<PathNode> children) {
      return new PathNode(
          name,
          folded,
          depth,
          journeys,
          ended,
          cut,
          total == 0 ? 0.0 : (double) journeys / total,
          Wilson.interval(journeys, total, query.confidenceLevel()),
          children == null ? List.of() : children);
    }
  }

  /** A node while the tree is built; its subtree is only reached through it. */
  private static final class Growing {
    final int symbol;
    final Map<Integer, Growing> children = new HashMap<>();
    long journeys;
    long ended;
    long cut;

    Growing(int symbol) {
      this.symbol = symbol;
    }

    void add(long c) {
      journeys = ExactMath.add("path node journeys", journeys, c);
    }

    Growing child(int s) {
      return children.computeIfAbsent(s, Growing::new);
    }
  }
}
