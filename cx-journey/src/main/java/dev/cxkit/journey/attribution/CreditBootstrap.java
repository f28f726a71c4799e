package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.markov.PathWeights;
import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.metrics.stats.Binomials;
import dev.cxkit.metrics.stats.Distributions;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Seeded bootstrap intervals on the channel credit of any attribution model.
 *
 * <p><b>Resampling.</b> Each replicate resamples the table's journeys with replacement: the
 * converting and the non-converting journeys of every path are the cells of one multinomial draw of
 * {@code totalJourneys} journeys ({@link Binomials#multinomial}), which is exactly drawing journeys
 * one by one from the disaggregated table, without materialising them. A path's resampled
 * conversions carry its mean value per conversion (the table holds no value per journey). The model
 * then credits the resampled table; the interval of a channel's credit is the equal-tailed
 * percentile interval of its replicate credits ({@link
 * dev.cxkit.metrics.stats.Quantiles#percentileInterval}), and its standard error their standard
 * deviation. The point estimate is the model's credit on the table itself.
 *
 * <p><b>Markov models</b> reuse the chain: the paths are counted into the order-k chain once
 * ({@link PathWeights}), and a replicate's chain has the same states and transitions with the
 * resampled counts, so a replicate costs one pass over the paths' recorded transitions and the
 * removal solves, not a new count of the table.
 *
 * <p>Replicates are independent streams split in order from one {@link SplittableRandom} seeded
 * with {@link Builder#seed}, so results are identical whether replicates run in parallel or not. A
 * replicate without any conversion credits every channel 0.
 *
 * <pre>{@code
 * CreditIntervals ci = CreditBootstrap.builder(MarkovAttribution.builder().build())
 *     .replicates(1000).confidenceLevel(0.95).seed(42).build()
 *     .run(table);
 * ci.channel("email").conversionsInterval();   // [lower, upper] at 95 %
 * }</pre>
 */
public final class CreditBootstrap {
  /** Replicates unless set: enough for stable 95 % percentile bounds. */
  public static final int DEFAULT_REPLICATES = 1000;

  private final AttributionModel model;
  private final int replicates;
  private final double confidenceLevel;
  private final long seed;
  private final boolean parallel;

  private CreditBootstrap(Builder b) {
    this.model = b.model;
    this.replicates = b.replicates;
    this.confidenceLevel = b.confidenceLevel;
    this.seed = b.seed;
    this.parallel = b.parallel;
  }

  /**
   * A builder for intervals on {@code model}'s credit: {@value #DEFAULT_REPLICATES} replicates, 95
   * %, seed 1, replicates in parallel.
   */
  public static Builder builder(AttributionModel model) {
    return new Builder(checkNotNull(model, "model"));
  }

  /**
   * The model's credit on {@code table} with bootstrap intervals.
   *
   * @throws IllegalArgumentException when the table has no journey, more journeys than {@link
   *     Integer#MAX_VALUE}, or the model rejects it
   */
  public CreditIntervals run(PathTable table) {
    checkArgument(
        table.totalJourneys() > 0,
        "table must have journeys to resample, was %s",
        table.totalJourneys());
    checkArgument(
        table.totalJourneys() <= Integer.MAX_VALUE,
        "table must have at most %s journeys to resample, was %s",
        Integer.MAX_VALUE,
        table.totalJourneys());
    int paths = table.pathCount();
    long[] cells = new long[2 * paths];
    for (int p = 0; p < paths; p++) {
      cells[2 * p] = table.conversions(p);
      cells[2 * p + 1] = table.nulls(p);
    }
    Replicator replicator = replicator(table);
    AttributionResult estimate = replicator.estimate();
    int channels = table.channelCount();
    double[][] conversions = new double[channels][replicates];
    double[][] values = new double[channels][replicates];
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] streams = new SplittableRandom[replicates];
    for (int b = 0; b < replicates; b++) {
      streams[b] = root.split();
    }
    IntStream range = IntStream.range(0, replicates);
    (parallel ? range.parallel() : range)
        .forEach(
            b -> {
              long[] drawn = new long[cells.length];
              Binomials.multinomial(cells, streams[b], drawn);
              long[] conv = new long[paths];
              long[] nulls = new long[paths];
              double[] value = new double[paths];
              long totalConversions = 0;
              for (int p = 0; p < paths; p++) {
                conv[p] = drawn[2 * p];
                nulls[p] = drawn[2 * p + 1];
                totalConversions += conv[p];
                if (conv[p] > 0) {
                  value[p] = table.value(p) * ((double) conv[p] / table.conversions(p));
                }
              }
              if (totalConversions == 0) {
                return; // credits stay 0
              }
              AttributionResult r = replicator.replicate(conv, nulls, value);
              for (int c = 0; c < channels; c++) {
                ChannelCredit credit = r.credits().get(c);
                conversions[c][b] = credit.conversions();
                values[c][b] = credit.value();
              }
            });
    return new CreditIntervals(
        estimate, conversions, values, confidenceLevel, replicates, seed, description());
  }

  private String description() {
    return String.format(
        Locale.ROOT,
        "multinomial bootstrap of journeys, %d replicates, seed %d, percentile",
        replicates,
        seed);
  }

  /** Credits a table's resampled counts. */
  private interface Replicator {
    AttributionResult estimate();

    AttributionResult replicate(long[] conversions, long[] nulls, double[] values);
  }

  private Replicator replicator(PathTable table) {
    if (model instanceof MarkovAttribution markov) {
      PathWeights weights = markov.pathWeights(table);
      MarkovAttribution one = markov.sequential();
      return new Replicator() {
        @Override
        public AttributionResult estimate() {
          return markov.analyze(table, weights.chain()).attribution();
        }

        @Override
        public AttributionResult replicate(long[] conversions, long[] nulls, double[] values) {
          PathTable resampled = table.withCounts(conversions, values, nulls);
          return one.analyze(resampled, weights.chain(conversions, nulls, values)).attribution();
        }
      };
    }
    return new Replicator() {
      @Override
      public AttributionResult estimate() {
        return model.attribute(table);
      }

      @Override
      public AttributionResult replicate(long[] conversions, long[] nulls, double[] values) {
        return model.attribute(table.withCounts(conversions, values, nulls));
      }
    };
  }

  @Override
  public String toString() {
    return "CreditBootstrap[" + model + ", " + description() + ", level " + confidenceLevel + "]";
  }

  /** Builds a {@link CreditBootstrap}. */
  public static final class Builder {
    private final AttributionModel model;
    private int replicates = DEFAULT_REPLICATES;
    private double confidenceLevel = 0.95;
    private long seed = 1L;
    private boolean parallel = true;

    Builder(AttributionModel model) {
      this.model = model;
    }

    /** Number of bootstrap replicates, at least 2 (default {@value #DEFAULT_REPLICATES}). */
    public Builder replicates(int replicates) {
      checkArgument(replicates >= 2, "replicates must be >= 2, was %s", replicates);
      this.replicates = replicates;
      return this;
    }

    /** The intervals' confidence level, in (0, 1) (default 0.95). */
    public Builder confidenceLevel(double confidenceLevel) {
      Distributions.checkConfidence(confidenceLevel);
      this.confidenceLevel = confidenceLevel;
      return this;
    }

    /** The seed of the resampling (default 1). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Run replicates in parallel (default true; results are identical). */
    public Builder parallel(boolean parallel) {
      this.parallel = parallel;
      return this;
    }

    /** The bootstrap. */
    public CreditBootstrap build() {
      return new CreditBootstrap(this);
    }
  }
}
