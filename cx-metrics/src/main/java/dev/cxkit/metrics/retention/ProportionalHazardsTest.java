package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.metrics.stats.Distributions;
import java.util.List;
import java.util.Locale;

/**
 * The test of proportional hazards from scaled Schoenfeld residuals, as R's {@code
 * survival::cox.zph} (survival 3.x, time transform "km"): for each covariate the score test of
 * adding {@code θ g(t) z} with {@code g(t) = 1 − KM(t−)} centred over the events, and a global test
 * of all covariates together. A small p-value says the covariate's effect changes with time.
 *
 * <pre>{@code
 * ProportionalHazardsTest zph = fit.proportionalHazardsTest();
 * zph.term("sex").chiSquare();   // 2.305 on 1 df, p = 0.129 (lung)
 * zph.global().pValue();         // 0.216
 * }</pre>
 *
 * @param terms one result per covariate, in model order
 * @param global the joint test, with one degree of freedom per covariate
 */
public record ProportionalHazardsTest(List<Result> terms, Result global) {

  /** Copies the list. */
  public ProportionalHazardsTest {
    terms = List.copyOf(terms);
  }

  /** The result for covariate {@code name}. */
  public Result term(String name) {
    for (Result r : terms) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "covariate must be one of "
            + terms.stream().map(Result::name).toList()
            + ", was '"
            + name
            + "'");
  }

  /**
   * One test: the chi-square statistic, its degrees of freedom and p-value.
   *
   * @param name covariate name, or "GLOBAL"
   * @param chiSquare the score statistic
   * @param degreesOfFreedom 1 per covariate
   */
  public record Result(String name, double chiSquare, int degreesOfFreedom) {
    /** Validates the statistic. */
    public Result {
      checkArgument(
          Double.isFinite(chiSquare) && chiSquare >= 0.0,
          "chiSquare must be finite and >= 0, was %s",
          chiSquare);
      checkArgument(
          degreesOfFreedom >= 1, "degreesOfFreedom must be >= 1, was %s", degreesOfFreedom);
    }

    /** P(χ² ≥ statistic). */
    public double pValue() {
      return Distributions.chiSquareUpperTail(chiSquare, degreesOfFreedom);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "%s: chisq=%.4f df=%d p=%.4g", name, chiSquare, degreesOfFreedom, pValue());
    }
  }
}
