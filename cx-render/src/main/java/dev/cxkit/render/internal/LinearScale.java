package dev.cxkit.render.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a data domain onto a pixel range, with "nice" tick values.
 *
 * {@snippet class=dev.cxkit.render.internal.SnippetsTest region=linearScale}
 */
public final class LinearScale {
  private final double d0;
  private final double d1;
  private final double r0;
  private final double r1;
  private final double step;

  private LinearScale(double d0, double d1, double r0, double r1, double step) {
    this.d0 = d0;
    this.d1 = d1;
    this.r0 = r0;
    this.r1 = r1;
    this.step = step;
  }

  /** A scale over exactly {@code [d0, d1]} with about five ticks. */
  public static LinearScale exact(double d0, double d1, double r0, double r1) {
    double lo = d0;
    double hi = d1 > d0 ? d1 : d0 + 1;
    return new LinearScale(lo, hi, r0, r1, niceStep((hi - lo) / 5));
  }

  /** A scale covering {@code [min, max]} widened to nice tick boundaries. */
  public static LinearScale nice(double min, double max, double r0, double r1) {
    double lo = Math.min(min, max);
    double hi = Math.max(min, max);
    if (hi - lo < 1e-12) {
      hi = lo + (lo == 0 ? 1 : Math.abs(lo) * 0.1);
    }
    double step = niceStep((hi - lo) / 5);
    double nlo = Math.floor(lo / step + 1e-9) * step;
    double nhi = Math.ceil(hi / step - 1e-9) * step;
    return new LinearScale(nlo, nhi, r0, r1, step);
  }

  private static double niceStep(double raw) {
    if (!(raw > 0) || !Double.isFinite(raw)) {
      return 1;
    }
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / mag;
    double nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
    return nf * mag;
  }

  /** Pixel position of {@code v}. */
  public double map(double v) {
    return r0 + (v - d0) / (d1 - d0) * (r1 - r0);
  }

  /** Domain minimum. */
  public double min() {
    return d0;
  }

  /** Domain maximum. */
  public double max() {
    return d1;
  }

  /** Tick values from min to max. */
  public List<Double> ticks() {
    List<Double> t = new ArrayList<>();
    long first = Math.round(Math.ceil(d0 / step - 1e-9));
    for (long i = first; i * step <= d1 + step * 1e-9 && t.size() < 50; i++) {
      double v = i * step;
      t.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
    }
    return t;
  }
}
