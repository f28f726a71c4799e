package dev.cxkit.journey.paths;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.assembly.JourneySink;
import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dictionary;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.internal.LongCountMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Journey flows for a Sankey diagram: the transitions from step {@code k} to step {@code k + 1}
 * (0-based, the first {@code maxSteps} steps of each path) with counts, the entry points (first
 * step) and the exit points (last step of the whole path, split by outcome).
 *
 * <pre>{@code
 * Flows f = Flows.of(journeys, PathOptions.of(Dimension.STAGE).collapsingRepeats(), 5);
 * f.links();    // [FlowLink[step=0, from=awareness, to=consideration, journeys=812], ...]
 * f.entries();  // [FlowNode[name=awareness, journeys=990], ...]
 * }</pre>
 */
public final class Flows {
  private static final int ID_BITS = 21;
  private static final long ID_MASK = (1L << ID_BITS) - 1;

  private final List<FlowLink> links;
  private final List<FlowNode> entries;
  private final List<FlowExit> exits;
  private final long journeys;

  private Flows(List<FlowLink> links, List<FlowNode> entries, List<FlowExit> exits, long journeys) {
    this.links = List.copyOf(links);
    this.entries = List.copyOf(entries);
    this.exits = List.copyOf(exits);
    this.journeys = journeys;
  }

  /** The flows of {@code journeys} over their first {@code maxSteps} steps. */
  public static Flows of(Journeys journeys, PathOptions options, int maxSteps) {
    Counter c = counter(journeys.dictionaries(), options, maxSteps);
    journeys.forEach(c);
    return c.snapshot();
  }

  /** A sink counting flows; {@link Counter#snapshot()} lists them. */
  public static Counter counter(EventDictionaries dictionaries, PathOptions options, int maxSteps) {
    checkArgument(
        maxSteps >= 2 && maxSteps < (1 << ID_BITS),
        "maxSteps must be in 2..%s, was %s",
        (1 << ID_BITS) - 1,
        maxSteps);
    return new Counter(
        checkNotNull(dictionaries, "dictionaries"), checkNotNull(options, "options"), maxSteps);
  }

  /** Step-k transitions, by step then descending count then names. */
  public List<FlowLink> links() {
    return links;
  }

  /** Entry points: first steps with their journey counts, most frequent first. */
  public List<FlowNode> entries() {
    return entries;
  }

  /** Exit points: last steps with converted and not-converted counts, most frequent first. */
  public List<FlowExit> exits() {
    return exits;
  }

  /** Number of journeys counted. */
  public long journeys() {
    return journeys;
  }

  @Override
  public String toString() {
    return "Flows["
        + links.size()
        + " links, "
        + entries.size()
        + " entries, "
        + exits.size()
        + " exits]";
  }

  /**
   * A transition between consecutive steps.
   *
   * @param step the 0-based position of {@code from}
   * @param from the step name at position {@code step}
   * @param to the step name at position {@code step + 1}
   * @param journeys journeys taking this transition
   */
  public record FlowLink(int step, String from, String to, long journeys) {}

  /**
   * An entry point.
   *
   * @param name the first step
   * @param journeys journeys starting there
   */
  public record FlowNode(String name, long journeys) {}

  /**
   * An exit point.
   *
   * @param name the last step
   * @param converted converted journeys ending there
   * @param notConverted other journeys ending there
   */
  public record FlowExit(String name, long converted, long notConverted) {
    /** All journeys ending there. */
    public long journeys() {
      return converted + notConverted;
    }
  }

  /**
   * Counts transitions, entries and exits; merges with {@link #addAll}, finishes with {@link
   * #snapshot()}. Single-threaded: one counter per thread, merged afterwards.
   */
  public static final class Counter implements JourneySink {
    private final EventDictionaries dictionaries;
    private final PathOptions options;
    private final int maxSteps;
    private final PathBuffer buffer = new PathBuffer();
    private final LongCountMap links = new LongCountMap();
    private final LongCountMap entries = new LongCountMap();
    private final LongCountMap exits = new LongCountMap();
    private long journeys;

    Counter(EventDictionaries dictionaries, PathOptions options, int maxSteps) {
      this.dictionaries = dictionaries;
      this.options = options;
      this.maxSteps = maxSteps;
    }

    @Override
    public void journey(JourneyView j) {
      buffer.fill(j, options);
      int[] p = buffer.ids;
      int n = buffer.length;
      for (int k = 0; k < n; k++) {
        checkArgument(p[k] <= ID_MASK, "flow ids must be below 2^21, was %s", p[k]);
      }
      journeys++;
      entries.add(p[0], 1, 0);
      exits.add(p[n - 1], 1, j.converted() ? 1 : 0);
      for (int k = 0; k + 1 < Math.min(n, maxSteps); k++) {
        links.add(((long) k << (2 * ID_BITS)) | ((long) p[k] << ID_BITS) | p[k + 1], 1, 0);
      }
    }

    /** Adds the counts of {@code other} (same dictionaries, options and steps); returns this. */
    public Counter addAll(Counter other) {
      checkArgument(
          other.dictionaries == dictionaries
              && other.options.equals(options)
              && other.maxSteps == maxSteps,
          "counters must share dictionaries, options and maxSteps to merge, was %s, %s vs %s, %s",
          other.options,
          other.maxSteps,
          options,
          maxSteps);
      for (int i = 0; i < other.links.size(); i++) {
        links.add(other.links.key(i), other.links.count(i), other.links.sum(i));
      }
      for (int i = 0; i < other.entries.size(); i++) {
        entries.add(other.entries.key(i), other.entries.count(i), other.entries.sum(i));
      }
      for (int i = 0; i < other.exits.size(); i++) {
        exits.add(other.exits.key(i), other.exits.count(i), other.exits.sum(i));
      }
      journeys += other.journeys;
      return this;
    }

    /** Journeys counted so far. */
    public long n() {
      return journeys;
    }

    @Override
    public String toString() {
      return "Flows.Counter["
          + options
          + ", "
          + maxSteps
          + " steps, "
          + journeys
          + " journeys, "
          + links.size()
          + " links]";
    }

    /** The flows so far. */
    public Flows snapshot() {
      Dictionary names = options.dimension().dictionary(dictionaries);
      List<FlowLink> l = new ArrayList<>();
      for (int i = 0; i < links.size(); i++) {
        long key = links.key(i);
        l.add(
            new FlowLink(
                (int) (key >>> (2 * ID_BITS)),
                names.name((int) ((key >>> ID_BITS) & ID_MASK)),
                names.name((int) (key & ID_MASK)),
                links.count(i)));
      }
      l.sort(
          Comparator.comparingInt(FlowLink::step)
              .thenComparing(Comparator.comparingLong(FlowLink::journeys).reversed())
              .thenComparing(FlowLink::from)
              .thenComparing(FlowLink::to));
      List<FlowNode> e = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        e.add(new FlowNode(names.name((int) entries.key(i)), entries.count(i)));
      }
      e.sort(Comparator.comparingLong(FlowNode::journeys).reversed().thenComparing(FlowNode::name));
      List<FlowExit> x = new ArrayList<>();
      for (int i = 0; i < exits.size(); i++) {
        x.add(
            new FlowExit(
                names.name((int) exits.key(i)), exits.sum(i), exits.count(i) - exits.sum(i)));
      }
      x.sort(Comparator.comparingLong(FlowExit::journeys).reversed().thenComparing(FlowExit::name));
      return new Flows(l, e, x, journeys);
    }
  }
}
