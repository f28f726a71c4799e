package dev.cxkit.journey.paths;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.assembly.JourneySink;
import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dictionary;
import dev.cxkit.journey.events.EventDictionaries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Distinct paths ranked by frequency (ties by the step names, so the ranking does not depend on
 * input order), with share, top-k and the coverage curve: a ranking view of a {@link PathTable}.
 * The paths of journeys are counted into a path table (interned as int sequences: no object per
 * journey) and ranked from it; any other path table, a file's included, ranks the same way.
 *
 * <pre>{@code
 * PathVariants pv = PathVariants.of(journeys, PathOptions.of(Dimension.CHANNEL).collapsingRepeats());
 * pv.top(10);                 // ten most frequent channel paths
 * pv.variantsToCover(0.8);    // how many variants cover 80% of journeys
 * PathVariants.of(PathTableReader.channelAttribution().read(file)).top(5);
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

  /**
   * The paths of {@code table} ranked: a variant's journeys are its conversions plus nulls
   * (identical paths of a timed table count together). A table without a null column ranks its
   * converting journeys only.
   */
  public static PathVariants of(PathTable table) {
    PathStore distinct = new PathStore(false);
    int[] ids = new int[16];
    for (int p = 0; p < table.pathCount(); p++) {
      int len = table.pathLength(p);
      if (ids.length < len) {
        ids = new int[Math.max(len, 2 * ids.length)];
      }
      table.copyTouches(p, ids);
      distinct.add(ids, len, table.conversions(p), table.value(p), table.nulls(p));
    }
    PathTable t = distinct.toTable(table.channels().toArray(new String[0]), table.hasNulls());
    List<PathVariant> list = new ArrayList<>(t.pathCount());
    long journeys = t.totalJourneys();
    for (int p = 0; p < t.pathCount(); p++) {
      long n = t.conversions(p) + t.nulls(p);
      if (n == 0) {
        continue; // a file's row without journeys
      }
      list.add(new PathVariant(t.path(p), n, t.conversions(p), (double) n / journeys));
    }
    list.sort(
        Comparator.comparingLong(PathVariant::journeys)
            .reversed()
            .thenComparing(v -> v.steps(), PathVariants::compareSteps));
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
   * Counts journeys per path into a path table; merges with {@link #addAll(Counter)} over shared
   * dictionaries, finishes with {@link #snapshot()}. Single-threaded: one counter per thread,
   * merged afterwards.
   */
  public static final class Counter implements JourneySink {
    private final EventDictionaries dictionaries;
    private final PathOptions options;
    private final PathStore paths = new PathStore(false);
    private final PathBuffer buffer = new PathBuffer();
    private long journeys;

    Counter(EventDictionaries dictionaries, PathOptions options) {
      this.dictionaries = checkNotNull(dictionaries, "dictionaries");
      this.options = checkNotNull(options, "options");
    }

    @Override
    public void journey(JourneyView j) {
      buffer.fill(j, options);
      boolean converted = j.converted();
      paths.add(buffer.ids, buffer.length, converted ? 1 : 0, 0, converted ? 0 : 1);
      journeys++;
    }

    /** Adds the counts of {@code other} (same dictionaries and options); returns this. */
    public Counter addAll(Counter other) {
      checkArgument(
          other.dictionaries == dictionaries && other.options.equals(options),
          "counters must share dictionaries and options to merge, was %s vs %s",
          other.options,
          options);
      PathTable t = other.table();
      int[] ids = new int[16];
      for (int p = 0; p < t.pathCount(); p++) {
        int len = t.pathLength(p);
        if (ids.length < len) {
          ids = new int[Math.max(len, 2 * ids.length)];
        }
        t.copyTouches(p, ids);
        paths.add(ids, len, t.conversions(p), 0, t.nulls(p));
      }
      journeys += other.journeys;
      return this;
    }

    /** Journeys counted so far. */
    public long n() {
      return journeys;
    }

    /** The path table counted so far, over the dimension's names (ids as in the dictionary). */
    PathTable table() {
      Dictionary names = options.dimension().dictionary(dictionaries);
      return paths.toTable(names.names().toArray(new String[0]), true);
    }

    /** The ranked variants so far. */
    public PathVariants snapshot() {
      return PathVariants.of(table());
    }

    @Override
    public String toString() {
      return "PathVariants.Counter["
          + options
          + ", "
          + journeys
          + " journeys, "
          + paths.pathCount()
          + " variants]";
    }
  }
}
