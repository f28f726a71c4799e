package dev.cxkit.metrics.experience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EpisodeSummaryTest {

  @Test
  void summarisesAnEpisodeByHand() {
    // Hand calculation: times 0,5,10,15; values 0.2,0.8,-0.4,0.1. Mean 0.175; slope =
    // sum((t-7.5)(v-0.175)) / sum((t-7.5)^2) = (-7.5*0.025 - 2.5*0.625 + 2.5*-0.575 + 7.5*-0.075)
    // / 125 = -3.75 / 125 = -0.03.
    EpisodeSummary s =
        EpisodeSummary.of(new double[] {0, 5, 10, 15}, new double[] {0.2, 0.8, -0.4, 0.1});
    assertEquals(0.2, s.first());
    assertEquals(0.8, s.peak());
    assertEquals(-0.4, s.trough());
    assertEquals(0.1, s.end());
    assertEquals(0.175, s.mean(), 1e-12);
    assertEquals(-0.03, s.trend(), 1e-12);
    assertEquals(15, s.duration());
    assertEquals(0.45, s.peakEnd(), 1e-12);
    assertEquals(-0.15, s.troughEnd(), 1e-12);
    assertTrue(s.toString().contains("peakEnd=0.450"));
  }

  @Test
  void singleReading() {
    EpisodeSummary s = EpisodeSummary.of(new double[] {3}, new double[] {0.5});
    assertEquals(0.0, s.trend());
    assertEquals(0.0, s.duration());
  }

  @Test
  void rejectsBadEpisodes() {
    assertThrows(
        IllegalArgumentException.class, () -> EpisodeSummary.of(new double[0], new double[0]));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> EpisodeSummary.of(new double[] {0, 0}, new double[] {1, 2}));
    assertTrue(e.getMessage().contains("times must increase"));
    assertThrows(
        IllegalArgumentException.class,
        () -> EpisodeSummary.of(new double[] {0, 1}, new double[] {1, Double.NaN}));
  }

  @Test
  void fittedWeightsRecoverAKnownRecipe() {
    // Ratings generated as 1 + 0.3*peak + 0.7*end exactly: the fit must return these weights and
    // R² = 1 (an independent check of the least-squares solution), not the 50/50 peak-end rule.
    Random rnd = new Random(5);
    List<EpisodeSummary> episodes = new ArrayList<>();
    double[] ratings = new double[40];
    for (int e = 0; e < 40; e++) {
      int len = 3 + rnd.nextInt(6);
      double[] t = new double[len];
      double[] v = new double[len];
      for (int i = 0; i < len; i++) {
        t[i] = i;
        v[i] = rnd.nextDouble() * 2 - 1;
      }
      EpisodeSummary s = EpisodeSummary.of(t, v);
      episodes.add(s);
      ratings[e] = 1 + 0.3 * s.peak() + 0.7 * s.end();
    }
    RetrospectiveModel m =
        RetrospectiveModel.fit(episodes, ratings, List.of(EpisodeFeature.PEAK, EpisodeFeature.END));
    assertEquals(1.0, m.intercept(), 1e-10);
    assertEquals(0.3, m.coefficient(EpisodeFeature.PEAK), 1e-10);
    assertEquals(0.7, m.coefficient(EpisodeFeature.END), 1e-10);
    assertEquals(1.0, m.rSquared(), 1e-12);
    assertEquals(ratings[0], m.predict(episodes.get(0)), 1e-10);
    assertThrows(IllegalArgumentException.class, () -> m.coefficient(EpisodeFeature.MEAN));
  }

  @Test
  void noisyFitMatchesClosedFormSimpleRegression() {
    // One feature: slope = cov(x, y) / var(x), R² = corr², computed here independently.
    Random rnd = new Random(8);
    List<EpisodeSummary> episodes = new ArrayList<>();
    double[] y = new double[30];
    double[] x = new double[30];
    for (int e = 0; e < 30; e++) {
      double[] v = {rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble()};
      EpisodeSummary s = EpisodeSummary.of(new double[] {0, 1, 2}, v);
      episodes.add(s);
      x[e] = s.end();
      y[e] = 2 * s.end() + rnd.nextGaussian() * 0.3;
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < 30; i++) {
      mx += x[i] / 30;
      my += y[i] / 30;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < 30; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    RetrospectiveModel m = RetrospectiveModel.fit(episodes, y, List.of(EpisodeFeature.END));
    assertEquals(sxy / sxx, m.coefficient(EpisodeFeature.END), 1e-10);
    assertEquals(sxy * sxy / (sxx * syy), m.rSquared(), 1e-10);
  }

  @Test
  void rejectsCollinearFeatures() {
    List<EpisodeSummary> eps = new ArrayList<>();
    double[] r = new double[6];
    for (int i = 0; i < 6; i++) {
      eps.add(EpisodeSummary.of(new double[] {0}, new double[] {i * 0.1}));
      r[i] = i;
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RetrospectiveModel.fit(eps, r, List.of(EpisodeFeature.PEAK, EpisodeFeature.END)));
    assertTrue(e.getMessage().contains("collinear"));
  }

  @Property(tries = 200)
  void troughMeanPeakAreOrdered(
      @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -1, max = 1) Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    double[] t = new double[v.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = i * 0.5;
    }
    EpisodeSummary s = EpisodeSummary.of(t, v);
    assertTrue(s.trough() <= s.mean() + 1e-12 && s.mean() <= s.peak() + 1e-12);
  }
}
