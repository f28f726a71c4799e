package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.journey.paths.PathTable;
import java.time.Duration;

/** Exponential time decay towards the last touch, with a half-life. */
final class TimeDecayModel extends TouchWeightModel {
  private final Duration halfLife;
  private final double halfLifeMillis;

  TimeDecayModel(Duration halfLife) {
    checkArgument(
        !halfLife.isNegative() && !halfLife.isZero(), "halfLife must be > 0, was %s", halfLife);
    this.halfLife = halfLife;
    this.halfLifeMillis = halfLife.toMillis();
    checkArgument(halfLifeMillis > 0, "halfLife must be at least 1 ms, was %s", halfLife);
  }

  @Override
  void check(PathTable table) {
    checkArgument(
        table.hasTouchTimes(),
        "table must have touch times for time-decay attribution, was %s",
        table);
  }

  @Override
  void weights(PathTable table, int path, int len, double[] w) {
    long lastTime = table.touchTime(path, len - 1);
    double sum = 0;
    for (int i = 0; i < len; i++) {
      double age = lastTime - table.touchTime(path, i);
      w[i] = Math.pow(2.0, -age / halfLifeMillis);
      sum += w[i];
    }
    for (int i = 0; i < len; i++) {
      w[i] /= sum;
    }
  }

  @Override
  String name() {
    return "time-decay(halfLife=" + halfLife + ")";
  }
}
