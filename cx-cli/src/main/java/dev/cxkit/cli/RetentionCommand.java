package dev.cxkit.cli;

import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.retention.EventRetention;
import dev.cxkit.journey.retention.EventRetentionResult;
import dev.cxkit.journey.retention.RetentionDays;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cx retention}: N-day, unbounded and bracketed retention and stickiness from events. */
@Command(
    name = "retention",
    mixinStandardHelpOptions = true,
    description = {
      "Retention from an event CSV: customers enter a cohort on their first event (or first"
          + " --cohort-event); per day N after it, the share returning on day N (N-day) and on day"
          + " N or later (unbounded), with Wilson intervals, over the customers whose day N has"
          + " ended; brackets of days and stickiness. Days are calendar dates in --zone, or"
          + " 24-hour windows with --rolling."
    },
    footer = {
      "",
      "Example:",
      "  ./cx retention --input target/cx-tour/events.synthetic.csv \\",
      "      --type-column type --dimension type --cohort-event call-support \\",
      "      --days 7 --bracket 1-3"
    })
final class RetentionCommand implements Callable<Integer> {
  private static final Pattern BRACKET = Pattern.compile("(\\d+)-(\\d+)");

  @Spec CommandSpec spec;
  @Mixin FormatOption output;
  @Mixin EventInput events;

  @Option(
      names = "--cohort-event",
      split = ",",
      description = "Values of the --dimension column that enter the cohort (default: any event).")
  List<String> cohortEvent;

  @Option(
      names = "--return-event",
      split = ",",
      description = "Values of the --dimension column that count as a return (default: any).")
  List<String> returnEvent;

  @Option(names = "--rolling", description = "Days are 24-hour windows from the cohort event.")
  boolean rolling;

  @Option(
      names = "--days",
      defaultValue = "14",
      description = "Retention for days 0 to N (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--bracket", description = "FROM-TO: retention in days FROM to TO; repeat.")
  List<String> brackets;

  @Option(
      names = "--stickiness",
      defaultValue = "7",
      description =
          "Customers by days with a return in their first N days (default: ${DEFAULT-VALUE}).")
  int stickiness;

  @Option(
      names = "--observed-until",
      description = "Observation end, ISO-8601 instant (default: the last event's time).")
  String observedUntil;

  @Override
  public Integer call() throws IOException {
    if (days < 0) {
      throw new BadInputException("--days must be >= 0, was " + days);
    }
    if (stickiness < 1) {
      throw new BadInputException("--stickiness must be >= 1 day, was " + stickiness);
    }
    EventLog log = events.log();
    Dimension d = events.pathOptions().dimension();
    EventRetention r =
        EventRetention.of(rolling ? RetentionDays.rolling() : RetentionDays.calendar(events.zone));
    if (cohortEvent != null) {
      r = r.withCohortEvent(filter(log, d, cohortEvent, "--cohort-event"));
    }
    if (returnEvent != null) {
      r = r.withReturnEvent(filter(log, d, returnEvent, "--return-event"));
    }
    if (observedUntil != null) {
      try {
        r = r.withObservedUntil(Instant.parse(observedUntil));
      } catch (DateTimeParseException e) {
        throw new BadInputException(
            "--observed-until must be an ISO-8601 instant like 2024-01-31T00:00:00Z, was '"
                + observedUntil
                + "'");
      }
    }
    EventRetentionResult res;
    try {
      res = r.analyze(log);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(events.input + ": " + e.getMessage());
    }
    Table byDay =
        new Table(
            Column.count("day"),
            Column.count("eligible"),
            Column.count("n_day"),
            Column.proportion("n_day_rate"),
            Column.proportion("n_day_lower"),
            Column.proportion("n_day_upper"),
            Column.count("unbounded"),
            Column.proportion("unbounded_rate"),
            Column.proportion("unbounded_lower"),
            Column.proportion("unbounded_upper"));
    for (EventRetentionResult.RetentionDay x : res.days(days)) {
      byDay.row(
          x.day(),
          x.eligible(),
          x.nDay(),
          x.nDayRate(),
          x.nDayInterval().lower(),
          x.nDayInterval().upper(),
          x.unbounded(),
          x.unboundedRate(),
          x.unboundedInterval().lower(),
          x.unboundedInterval().upper());
    }
    Table br =
        new Table(
            Column.count("from_day"),
            Column.count("to_day"),
            Column.count("eligible"),
            Column.count("retained"),
            Column.proportion("rate"),
            Column.proportion("lower"),
            Column.proportion("upper"));
    for (String b : brackets == null ? List.<String>of() : brackets) {
      Matcher m = BRACKET.matcher(b);
      if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
        throw new BadInputException(
            "--bracket must be FROM-TO with 0 <= FROM <= TO (days), was '" + b + "'");
      }
      EventRetentionResult.Bracket x =
          res.bracket(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      br.row(
          x.from(),
          x.to(),
          x.eligible(),
          x.retained(),
          x.rate(),
          x.interval().lower(),
          x.interval().upper());
    }
    EventRetentionResult.Stickiness s = res.stickiness(stickiness);
    Table st = new Table(Column.count("days_with_return"), Column.count("customers"));
    long[] by = s.customersByDays();
    for (int k = 0; k < by.length; k++) {
      st.row(k, by[k]);
    }
    new Result("retention")
        .field(Column.count("customers"), res.customers())
        .field(Column.text("days_counted"), rolling ? "rolling" : "calendar")
        .field(Column.text("observed_until"), Instant.ofEpochMilli(res.observedUntil()).toString())
        .field(Column.count("stickiness_eligible"), s.eligible())
        .list("days", byDay)
        .list("brackets", br)
        .list("stickiness", st)
        .csv("days")
        .print(spec.commandLine().getOut(), output.format);
    return 0;
  }

  private static EventFilter filter(EventLog log, Dimension d, List<String> names, String option) {
    EventInput.requireKnown(d.dictionary(log.dictionaries()), names, option);
    return EventFilter.of(d, log.dictionaries(), names);
  }
}
