package dev.cxkit.metrics.experience;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * How retrospective ratings weigh the moments of an episode, fitted by least squares: rating ≈ b0 +
 * Σ b_f · feature_f over the chosen {@link EpisodeFeature features}, with R². The data decide the
 * weights; nothing assumes the 50/50 peak-end rule (fit PEAK and END and compare the coefficients).
 *
 * <pre>{@code
 * RetrospectiveModel m = RetrospectiveModel.fit(
 *     summaries, retrospectiveRatings, List.of(EpisodeFeature.PEAK, EpisodeFeature.END));
 * m.coefficient(EpisodeFeature.END);   // e.g. 0.62
 * m.rSquared();                        // e.g. 0.48
 * m.predict(newEpisode);
 * }</pre>
 */
public final class RetrospectiveModel {

  private final double intercept;
  private final Map<EpisodeFeature, Double> coefficients;
  private final double rSquared;
  private final int n;

  private RetrospectiveModel(
      double intercept, Map<EpisodeFeature, Double> coefficients, double rSquared, int n) {
    this.intercept = intercept;
    this.coefficients = coefficients;
    this.rSquared = rSquared;
    this.n = n;
  }

  /**
   * Fits the weights of {@code features} to {@code ratings}, one rating per episode.
   *
   * @throws IllegalArgumentException for mismatched sizes, too few episodes (features + 2), no or
   *     duplicate features, non-finite ratings, constant ratings or collinear features
   */
  public static RetrospectiveModel fit(
      List<EpisodeSummary> episodes, double[] ratings, List<EpisodeFeature> features) {
    int n = episodes.size();
    int k = features.size();
    checkArgument(k > 0, "features must not be empty, was %s", features);
    checkArgument(
        features.stream().distinct().count() == k, "features must be distinct, was %s", features);
    checkArgument(
        ratings.length == n,
        "ratings must have one entry per episode (%s), was %s",
        n,
        ratings.length);
    checkArgument(n >= k + 2, "episodes must be at least features + 2 (%s), was %s", k + 2, n);
    double[][] x = new double[n][k + 1];
    double mean = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(ratings[i])) {
        throw new IllegalArgumentException(
            "retrospective rating " + i + " must be finite, was " + ratings[i]);
      }
      mean += ratings[i];
      x[i][0] = 1.0;
      for (int f = 0; f < k; f++) {
        x[i][f + 1] = episodes.get(i).feature(features.get(f));
      }
    }
    mean /= n;
    double sst = 0;
    for (double r : ratings) {
      sst += (r - mean) * (r - mean);
    }
    checkArgument(sst > 0, "retrospective ratings must vary, were all %s", mean);
    RealMatrix design = new Array2DRowRealMatrix(x, false);
    QRDecomposition qr = new QRDecomposition(design, 1e-10);
    checkArgument(
        qr.getSolver().isNonSingular(),
        "features must not be collinear across episodes, was %s",
        features);
    double[] b = qr.getSolver().solve(new org.hipparchus.linear.ArrayRealVector(ratings)).toArray();
    double sse = 0;
    for (int i = 0; i < n; i++) {
      double fit = 0;
      for (int f = 0; f <= k; f++) {
        fit += x[i][f] * b[f];
      }
      sse += (ratings[i] - fit) * (ratings[i] - fit);
    }
    Map<EpisodeFeature, Double> coef = new EnumMap<>(EpisodeFeature.class);
    for (int f = 0; f < k; f++) {
      coef.put(features.get(f), b[f + 1]);
    }
    return new RetrospectiveModel(b[0], coef, Math.max(0.0, 1.0 - sse / sst), n);
  }

  /** The fitted intercept b0. */
  public double intercept() {
    return intercept;
  }

  /**
   * The fitted weight of {@code feature}.
   *
   * @throws IllegalArgumentException when the feature was not in the model
   */
  public double coefficient(EpisodeFeature feature) {
    Double c = coefficients.get(feature);
    checkArgument(c != null, "feature must be one of %s, was %s", coefficients.keySet(), feature);
    return c;
  }

  /** The features in the model, in enum order. */
  public List<EpisodeFeature> features() {
    return new ArrayList<>(coefficients.keySet());
  }

  /** Coefficient of determination of the fit. */
  public double rSquared() {
    return rSquared;
  }

  /** The number of episodes fitted. */
  public int n() {
    return n;
  }

  /** The predicted retrospective rating of an episode. */
  public double predict(EpisodeSummary episode) {
    double y = intercept;
    for (Map.Entry<EpisodeFeature, Double> e : coefficients.entrySet()) {
      y += e.getValue() * episode.feature(e.getKey());
    }
    return y;
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT, "RetrospectiveModel{n=%d, R²=%.4f, b0=%.4f", n, rSquared, intercept));
    for (Map.Entry<EpisodeFeature, Double> e : coefficients.entrySet()) {
      sb.append(String.format(Locale.ROOT, ", %s=%.4f", e.getKey(), e.getValue()));
    }
    return sb.append('}').toString();
  }
}
