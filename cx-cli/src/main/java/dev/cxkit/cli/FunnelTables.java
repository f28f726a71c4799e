package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Distribution;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.funnel.FunnelBreakdown;
import dev.cxkit.journey.funnel.FunnelResult;
import dev.cxkit.journey.funnel.FunnelStep;
import java.util.Locale;
import java.util.Map;

/** The tables of {@code cx journeys … funnel}: steps with times, segments, comparisons. */
final class FunnelTables {
  private FunnelTables() {}

  /**
   * The steps with the Wilson interval from the previous step and the time to convert (seconds;
   * null for the first step, which has no previous step).
   */
  static Table withTimes(FunnelResult r) {
    Table t =
        new Table(
            Column.text("step"),
            Column.count("reached"),
            Column.count("dropped_off"),
            Column.proportion("from_previous"),
            Column.proportion("from_previous_lower"),
            Column.proportion("from_previous_upper"),
            Column.proportion("from_start"),
            Column.amount("median_seconds_from_previous").orNull(),
            Column.amount("median_seconds_from_start").orNull(),
            Column.amount("p90_seconds_from_start").orNull());
    for (int s = 0; s < r.steps().size(); s++) {
      FunnelStep x = r.steps().get(s);
      Distribution prev = x.timeFromPrevious();
      Distribution start = x.timeFromStart();
      t.row(
          x.name(),
          x.reached(),
          x.droppedOff(),
          x.conversionFromPrevious(),
          x.fromPreviousInterval().lower(),
          x.fromPreviousInterval().upper(),
          x.conversionFromStart(),
          prev.n() == 0 ? null : prev.median() / 1000.0,
          start.n() == 0 ? null : start.median() / 1000.0,
          start.n() == 0 ? null : start.p90() / 1000.0);
    }
    return t;
  }

  /** Every segment's steps with the Wilson interval of the conversion from the first step. */
  static Table segments(FunnelBreakdown b) {
    Table t =
        new Table(
            Column.text("segment"),
            Column.text("step"),
            Column.count("reached"),
            Column.proportion("from_start"),
            Column.proportion("from_start_lower"),
            Column.proportion("from_start_upper"));
    for (Map.Entry<String, FunnelResult> e : b.segments().entrySet()) {
      for (FunnelStep s : e.getValue().steps()) {
        t.row(
            e.getKey(),
            s.name(),
            s.reached(),
            s.conversionFromStart(),
            s.fromStartInterval().lower(),
            s.fromStartInterval().upper());
      }
    }
    return t;
  }

  /** Each segment against the reference, per step after the first. */
  static Table comparisons(FunnelBreakdown b) {
    Table t =
        new Table(
            Column.text("segment"),
            Column.text("step"),
            Column.estimate("difference"),
            Column.estimate("difference_lower"),
            Column.estimate("difference_upper"),
            Column.proportion("p_value"),
            Column.proportion("holm_p_value"));
    for (FunnelBreakdown.SegmentComparison c : b.comparisons()) {
      t.row(
          c.segment(),
          c.step(),
          c.difference(),
          c.lower(),
          c.upper(),
          c.pValue(),
          c.adjustedPValue());
    }
    return t;
  }

  /** The dimension named by {@code --breakdown}, whose column the input must have. */
  static Dimension dimension(String name, EventInput events) {
    Dimension d;
    try {
      d = Dimension.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          "--breakdown must be touchpoint, channel, type or stage, was '" + name + "'");
    }
    if (d == Dimension.CHANNEL && events.channelColumn == null
        || d == Dimension.TYPE && events.typeColumn == null
        || d == Dimension.STAGE && events.stageColumn == null) {
      throw new BadInputException("--breakdown " + name + " needs --" + name + "-column");
    }
    return d;
  }
}
