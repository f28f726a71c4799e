package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.Locale;

/**
 * A homogeneous retention curve: every customer renews each period with the same probability, so
 * S(t) = r<sup>t</sup>.
 *
 * {@snippet class=dev.cxkit.metrics.retention.SnippetsTest region=constantRetentionCurve}
 *
 * @param retentionRate the per-period retention rate r, in [0, 1]
 */
public record ConstantRetentionCurve(double retentionRate) implements RetentionCurve {

  /** Validates the rate. */
  public ConstantRetentionCurve {
    checkArgument(
        retentionRate >= 0.0 && retentionRate <= 1.0,
        "retentionRate must be in [0, 1], was %s",
        retentionRate);
  }

  @Override
  public double survival(double t) {
    Checks.checkTime("t", t);
    return Math.pow(retentionRate, t);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ConstantRetentionCurve[r=%.6f]", retentionRate);
  }
}
