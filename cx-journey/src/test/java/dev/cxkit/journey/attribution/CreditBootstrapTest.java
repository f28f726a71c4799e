package dev.cxkit.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.metrics.stats.IntervalMethod;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CreditBootstrapTest {

  private static PathTable small() {
    return PathTable.builder()
        .add(List.of("search", "email"), 30, 300.0, 70)
        .add(List.of("display", "search"), 12, 96.0, 88)
        .add(List.of("email"), 25, 125.0, 25)
        .add(List.of("display"), 3, 30.0, 97)
        .add(List.of("search", "display", "email"), 9, 45.0, 11)
        .build();
  }

  @Test
  void lastTouchStandardErrorsMatchTheBinomialFormula() {
    // Independent calculation: under resampling of N journeys, the last-touch credit of a channel
    // is the number of resampled converting journeys ending on it, Binomial(N, k / N): its
    // standard deviation is sqrt(N p (1 - p)).
    PathTable table = small();
    CreditIntervals ci =
        CreditBootstrap.builder(AttributionModel.lastTouch())
            .replicates(4000)
            .seed(3)
            .build()
            .run(table);
    double n = table.totalJourneys();
    double[] lastTouchConversions = {30 + 25 + 9, 12, 3}; // email, search, display
    String[] channels = {"email", "search", "display"};
    for (int i = 0; i < 3; i++) {
      double p = lastTouchConversions[i] / n;
      double expected = Math.sqrt(n * p * (1 - p));
      ChannelCreditInterval c = ci.channel(channels[i]);
      assertEquals(lastTouchConversions[i], c.conversions(), 1e-9);
      // sampling error of a standard deviation from 4000 replicates is about 1.1 %
      assertEquals(expected, c.conversionsStandardError(), 0.05 * expected, channels[i]);
      assertEquals(IntervalMethod.BOOTSTRAP_PERCENTILE, c.conversionsInterval().method());
      assertTrue(c.conversionsInterval().contains(c.conversions()), channels[i]);
    }
  }

  @Test
  void seededAndIndependentOfParallelism() {
    PathTable table = small();
    MarkovAttribution markov = MarkovAttribution.builder().order(2).build();
    CreditIntervals a = CreditBootstrap.builder(markov).replicates(200).seed(9).build().run(table);
    CreditIntervals b =
        CreditBootstrap.builder(markov).replicates(200).seed(9).parallel(false).build().run(table);
    CreditIntervals other =
        CreditBootstrap.builder(markov).replicates(200).seed(10).build().run(table);
    assertEquals(a.channels(), b.channels());
    assertTrue(!a.channels().equals(other.channels()));
    assertEquals(markov.attribute(table).credits(), a.estimate().credits());
    assertEquals(200, a.replicates());
    assertEquals(9, a.seed());
  }

  @Test
  void markovReplicatesOnTheCountedChainEqualRecountingEachReplicate() {
    // Differential test: the fast path (PathWeights) against the generic path, which counts the
    // resampled table from scratch (a wrapper hides that the model is Markov). Random tables.
    SplittableRandom random = new SplittableRandom(77);
    String[] names = {"a", "b", "c", "d", "e"};
    for (int trial = 0; trial < 12; trial++) {
      PathTable.Builder builder = PathTable.builder();
      int rows = 3 + random.nextInt(20);
      for (int r = 0; r < rows; r++) {
        int len = 1 + random.nextInt(5);
        String[] path = new String[len];
        for (int i = 0; i < len; i++) {
          path[i] = names[random.nextInt(names.length)];
        }
        long conv = random.nextInt(6);
        long nulls = random.nextInt(6) + (conv == 0 ? 1 : 0);
        builder.add(List.of(path), conv, conv * 2.5, nulls);
      }
      PathTable table = builder.build();
      MarkovAttribution markov =
          MarkovAttribution.builder()
              .order(1 + random.nextInt(3))
              .nullState(random.nextInt(4) > 0)
              .build();
      AttributionModel recount = markov::attribute;
      CreditIntervals fast =
          CreditBootstrap.builder(markov).replicates(50).seed(trial).build().run(table);
      CreditIntervals slow =
          CreditBootstrap.builder(recount).replicates(50).seed(trial).build().run(table);
      for (int c = 0; c < table.channelCount(); c++) {
        ChannelCreditInterval f = fast.channels().get(c);
        ChannelCreditInterval s = slow.channels().get(c);
        assertEquals(s.conversions(), f.conversions(), 1e-9);
        assertEquals(s.conversionsInterval().lower(), f.conversionsInterval().lower(), 1e-9);
        assertEquals(s.conversionsInterval().upper(), f.conversionsInterval().upper(), 1e-9);
        assertEquals(s.valueInterval().lower(), f.valueInterval().lower(), 1e-7);
        assertEquals(s.valueInterval().upper(), f.valueInterval().upper(), 1e-7);
        assertEquals(s.conversionsStandardError(), f.conversionsStandardError(), 1e-9);
      }
    }
  }

  @Test
  void intervalsCoverTheTrueCreditAtAboutTheNominalRate() {
    // Simulation of the truth: journeys drawn from a known population of paths with known
    // conversion probabilities; the estimand is the model's credit on the expected table (exact
    // for the linear model, whose credit is linear in the counts; the limit for Markov). Two
    // population shapes: balanced and skewed.
    double[][] shapes = {
      {0.25, 0.25, 0.2, 0.15, 0.15}, {0.55, 0.05, 0.1, 0.25, 0.05},
    };
    List<List<String>> paths =
        List.of(
            List.of("a", "b"),
            List.of("b"),
            List.of("a", "c", "b"),
            List.of("c"),
            List.of("c", "a"));
    double[] rate = {0.3, 0.1, 0.5, 0.05, 0.2};
    int journeys = 2000;
    List<AttributionModel> models =
        List.of(AttributionModel.linear(), MarkovAttribution.builder().build());
    for (double[] share : shapes) {
      PathTable.Builder truth = PathTable.builder();
      for (int p = 0; p < paths.size(); p++) {
        // expected counts scaled by 1e6 so the table is the population itself
        long all = Math.round(share[p] * 1e6);
        long conv = Math.round(all * rate[p]);
        truth.add(paths.get(p), conv, conv, all - conv);
      }
      PathTable population = truth.build();
      for (AttributionModel model : models) {
        AttributionResult expected = model.attribute(population);
        SplittableRandom random = new SplittableRandom(11);
        int covered = 0;
        int trials = 150;
        for (int t = 0; t < trials; t++) {
          PathTable sample = sample(paths, share, rate, journeys, random);
          CreditIntervals ci =
              CreditBootstrap.builder(model).replicates(300).seed(t).build().run(sample);
          ChannelCreditInterval a = ci.channel("a");
          // the estimand per journey, scaled to the sample's size
          double truthA = expected.conversions("a") / population.totalJourneys() * journeys;
          if (a.conversionsInterval().contains(truthA)) {
            covered++;
          }
        }
        double coverage = (double) covered / trials;
        // binomial sampling error of the coverage with 150 trials: about 1.8 points
        assertTrue(coverage >= 0.88 && coverage <= 0.995, model + " coverage " + coverage);
      }
    }
  }

  private static PathTable sample(
      List<List<String>> paths, double[] share, double[] rate, int n, SplittableRandom random) {
    long[] conv = new long[paths.size()];
    long[] nulls = new long[paths.size()];
    for (int j = 0; j < n; j++) {
      double u = random.nextDouble();
      int p = 0;
      while (p < share.length - 1 && u >= share[p]) {
        u -= share[p];
        p++;
      }
      if (random.nextDouble() < rate[p]) {
        conv[p]++;
      } else {
        nulls[p]++;
      }
    }
    PathTable.Builder b = PathTable.builder();
    for (int p = 0; p < paths.size(); p++) {
      if (conv[p] + nulls[p] > 0) {
        b.add(paths.get(p), conv[p], conv[p], nulls[p]);
      }
    }
    return b.build();
  }

  @Test
  void badInputNamesTheRule() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CreditBootstrap.builder(AttributionModel.linear()).replicates(1));
    assertEquals("replicates must be >= 2, was 1", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CreditBootstrap.builder(AttributionModel.linear()).confidenceLevel(1.0));
    assertEquals("confidenceLevel must be in (0, 1), was 1.0", e.getMessage());
    CreditBootstrap bootstrap = CreditBootstrap.builder(AttributionModel.linear()).build();
    PathTable empty = PathTable.builder().build();
    e = assertThrows(IllegalArgumentException.class, () -> bootstrap.run(empty));
    assertEquals("table must have journeys to resample, was 0", e.getMessage());
    CreditIntervals ci =
        CreditBootstrap.builder(AttributionModel.linear()).replicates(20).build().run(small());
    e = assertThrows(IllegalArgumentException.class, () -> ci.channel("tv"));
    assertEquals("channel must be one of the table's channels, was 'tv'", e.getMessage());
  }
}
