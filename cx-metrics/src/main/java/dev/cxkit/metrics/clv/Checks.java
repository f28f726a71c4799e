package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

/** Argument checks shared by the model classes. */
final class Checks {
  private Checks() {}

  static void parameter(String name, double value) {
    checkArgument(
        Double.isFinite(value) && value > 0.0, "%s must be finite and > 0, was %s", name, value);
  }

  static void horizon(double t) {
    checkArgument(Double.isFinite(t) && t >= 0.0, "t must be finite and >= 0, was %s", t);
  }

  static void history(int x, double tx, double age) {
    checkArgument(x >= 0, "x (frequency) must be >= 0, was %s", x);
    checkArgument(
        Double.isFinite(age) && age >= 0.0, "T (age) must be finite and >= 0, was %s", age);
    checkArgument(
        Double.isFinite(tx) && tx >= 0.0 && tx <= age,
        "t_x (recency) must be in [0, T=%s], was %s",
        age,
        tx);
    checkArgument(x == 0 || tx > 0.0, "t_x (recency) must be > 0 when x > 0, was %s", tx);
  }

  /** Returns {@code value} if finite, else throws naming what could not be evaluated. */
  static double finite(double value, String what) {
    if (!Double.isFinite(value)) {
      throw new ArithmeticException(what + " could not be evaluated (not finite: " + value + ")");
    }
    return value;
  }
}
