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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Distinct journey paths ranked by frequency (ties by the step names, so the ranking does not
 * depend on input order), with share, top-k and the coverage curve. Paths are interned as int
 * sequences: no object per journey.
 *
 * <pre>{@code
 * PathVariants pv = PathVariants.of(journeys, PathOptions.of(Dimension.CHANNEL).collapsingRepeats());
 * pv.top(10);                 // ten most frequent channel paths
 * pv.variantsToCover(0.8);    // how many variants cover 80% of journeys
 * }</pre>
 */
public final class PathVariants {
  private final List<PathVariant> variants;
  private final long journeys;
  private final double[] coverage;

  private PathVariants(List<PathVariant> variants, long journeys) {
    this.variants = List.copyOf(variants);
    this.journeys = journeys;
    this.coverage = new double[variants.size()];
    long cum = 0;
    for (int k = 0; k < variants.size(); k++) {
      cum += variants.get(k).journeys();
      coverage[k] = (double) cum / journeys;
    }
  }

  /** The path variants of {@code journeys}. */
  public static PathVariants of(Journeys journeys, PathOptions options) {
    Counter c = counter(journeys.dictionaries(), options);
    journeys.forEach(c);
    return c.snapshot();
  }

  /** A sink counting paths; {@link Counter#snapshot()} ranks them. */
  public static Counter counter(EventDictionaries dictionaries, PathOptions options) {
    return new Counter(dictionaries, options);
  }

  /** Number of journeys counted. */
  public long journeys() {
    return journeys;
  }

  /** Number of distinct paths. */
  public int distinct() {
    return variants.size();
  }

  /** All variants, most frequent first. */
  public List<PathVariant> variants() {
    return variants;
  }

  /** The {@code k} most frequent variants (fewer when there are fewer). */
  public List<PathVariant> top(int k) {
    checkArgument(k >= 0, "k must be >= 0, was %s", k);
    return variants.subList(0, Math.min(k, variants.size()));
  }

  /**
   * The coverage curve: element {@code k} is the share of journeys taking one of the {@code k + 1}
   * most frequent variants (non-decreasing, last element 1).
   */
  public double[] coverage() {
    return coverage.clone();
  }

  /** The fewest variants that together cover at least {@code share} of journeys. */
  public int variantsToCover(double share) {
    checkArgument(share > 0 && share <= 1, "share must be in (0, 1], was %s", share);
    for (int k = 0; k < coverage.length; k++) {
      if (coverage[k] >= share - 1e-12) {
        return k + 1;
      }
    }
    return coverage.length;
  }

  @Override
  public String toString() {
    return "PathVariants[" + variants.size() + " variants over " + journeys + " journeys]";
  }

  /**
   * Counts journeys per path; merges with {@link #addAll(Counter)} over shared dictionaries,
   * finishes with {@link #snapshot()}. Single-threaded: one counter per thread, merged afterwards.
   */
  public static final class Counter implements JourneySink {
    private final EventDictionaries dictionaries;
    private final PathOptions options;
    private final IntSequenceInterner paths = new IntSequenceInterner();
    private final PathBuffer buffer = new PathBuffer();
    private long[] counts = new long[256];
    private long[] conversions = new long[256];
    private long journeys;

    Counter(EventDictionaries dictionaries, PathOptions options) {
      this.dictionaries = checkNotNull(dictionaries, "dictionaries");
      this.options = checkNotNull(options, "options");
    }

    @Override
    public void journey(JourneyView j) {
      buffer.fill(j, options);
      add(buffer.ids, buffer.length, 1, j.converted() ? 1 : 0);
    }

    private void add(int[] ids, int length, long count, long converted) {
      int id = paths.intern(ids, 0, length);
      counts = Growth.ensure(counts, id + 1);
      conversions = Growth.ensure(conversions, id + 1);
      counts[id] += count;
      conversions[id] += converted;
      journeys += count;
    }

    /** Adds the counts of {@code other} (same dictionaries and options); returns this. */
    public Counter addAll(Counter other) {
      checkArgument(
          other.dictionaries == dictionaries && other.options.equals(options),
          "counters must share dictionaries and options to merge, was %s vs %s",
          other.options,
          options);
      for (int id = 0; id < other.paths.size(); id++) {
        int[] seq = other.paths.sequence(id);
        add(seq, seq.length, other.counts[id], other.conversions[id]);
      }
      return this;
    }

    /** Journeys counted so far. */
    public long n() {
      return journeys;
    }

    /** The ranked variants so far. */
    public PathVariants snapshot() {
      Dictionary names = options.dimension().dictionary(dictionaries);
      List<PathVariant> list = new ArrayList<>(paths.size());
      for (int id = 0; id < paths.size(); id++) {
        int[] seq = paths.sequence(id);
        List<String> steps = new ArrayList<>(seq.length);
        for (int s : seq) {
          steps.add(names.name(s));
        }
        list.add(
            new PathVariant(steps, counts[id], conversions[id], (double) counts[id] / journeys));
      }
      list.sort(
          Comparator.comparingLong(PathVariant::journeys)
              .reversed()
              .thenComparing(v -> v.steps(), Counter::compareSteps));
      return new PathVariants(list, journeys);
    }

    private static int compareSteps(List<String> a, List<String> b) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        int c = a.get(i).compareTo(b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(a.size(), b.size());
    }

    @Override
    public String toString() {
      return "PathVariants.Counter["
          + options
          + ", "
          + journeys
          + " journeys, "
          + paths.size()
          + " variants]";
    }
  }
}
