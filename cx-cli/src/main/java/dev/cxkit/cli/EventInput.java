package dev.cxkit.cli;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.CsvEventReader;
import dev.cxkit.journey.events.CsvFormat;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.IngestReport;
import dev.cxkit.journey.events.RejectPolicy;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.events.TimeFormat;
import dev.cxkit.journey.paths.PathOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The event-log options shared by {@code cx journeys} (and the journey analyses built on it): the
 * file, its column mapping and time format, and the rules that split events into journeys.
 */
final class EventInput {
  @Option(names = "--input", required = true, description = "Event CSV file.")
  Path input;

  @Option(names = "--separator", defaultValue = ",", description = "Field separator.")
  char separator;

  @Option(
      names = "--customer-column",
      defaultValue = "customer",
      description = "Column of the customer id (default: ${DEFAULT-VALUE}).")
  String customerColumn;

  @Option(
      names = "--time-column",
      defaultValue = "time",
      description = "Column of the event time (default: ${DEFAULT-VALUE}).")
  String timeColumn;

  @Option(
      names = "--touchpoint-column",
      defaultValue = "touchpoint",
      description = "Column of the touchpoint (default: ${DEFAULT-VALUE}).")
  String touchpointColumn;

  @Option(names = "--channel-column", description = "Column of the channel (optional).")
  String channelColumn;

  @Option(names = "--type-column", description = "Column of the event type (optional).")
  String typeColumn;

  @Option(names = "--stage-column", description = "Column of the journey stage (optional).")
  String stageColumn;

  @Option(names = "--event-id-column", description = "Column of a unique event id (optional).")
  String eventIdColumn;

  @Option(
      names = "--time-format",
      defaultValue = "iso",
      description =
          "iso (2023-11-14T22:13:20Z), epoch-millis, epoch-seconds or a date-time pattern"
              + " (default: ${DEFAULT-VALUE}).")
  String timeFormat;

  @Option(names = "--zone", defaultValue = "UTC", description = "Zone of local date-times.")
  ZoneId zone;

  @Option(
      names = "--gap",
      defaultValue = "PT30M",
      description = "Inactivity gap that ends a journey, ISO-8601 (default: ${DEFAULT-VALUE}).")
  Duration gap;

  @Option(names = "--max-duration", description = "Maximum journey duration, ISO-8601.")
  Duration maxDuration;

  @Option(
      names = "--goal-touchpoint",
      split = ",",
      description = "Touchpoints that count as conversion.")
  List<String> goalTouchpoints;

  @Option(names = "--goal-type", split = ",", description = "Event types that count as conversion.")
  List<String> goalTypes;

  @Option(names = "--end-at-goal", description = "A conversion ends the journey.")
  boolean endAtGoal;

  @Option(
      names = "--dimension",
      defaultValue = "touchpoint",
      description = "Path over touchpoint, channel, type or stage (default: ${DEFAULT-VALUE}).")
  String dimension;

  @Option(names = "--collapse-repeats", description = "Collapse repeated touches in a path.")
  boolean collapseRepeats;

  /** The journeys of the input, with a note on stderr for rejected events. */
  Journeys journeys() throws IOException {
    EventDictionaries dict = new EventDictionaries();
    EventLog.Builder log = EventLog.builder(dict);
    CsvFormat format =
        new CsvFormat(
            separator,
            customerColumn,
            timeColumn,
            touchpointColumn,
            channelColumn,
            typeColumn,
            stageColumn,
            eventIdColumn,
            timeFormat());
    IngestReport report = CsvEventReader.of(format, RejectPolicy.FAIL_FAST).read(input, dict, log);
    if (report.accepted() == 0) {
      throw new BadInputException(input + ": no events in the file");
    }
    SplitRules rules = SplitRules.none().withInactivityGap(gap);
    if (maxDuration != null) {
      rules = rules.withMaxDuration(maxDuration);
    }
    EventFilter goal = goal(dict);
    if (goal != null) {
      rules = rules.withGoal(goal, endAtGoal);
    }
    return JourneyAssembler.assemble(log.build(), rules, TieBreak.ARRIVAL);
  }

  private EventFilter goal(EventDictionaries dict) {
    if (goalTouchpoints != null && goalTypes != null) {
      throw new BadInputException("give --goal-touchpoint or --goal-type, not both");
    }
    if (goalTouchpoints != null) {
      requireKnown(dict.touchpoints(), goalTouchpoints, "--goal-touchpoint");
      return EventFilter.touchpoints(dict, goalTouchpoints.toArray(new String[0]));
    }
    if (goalTypes != null) {
      if (typeColumn == null) {
        throw new BadInputException("--goal-type needs --type-column");
      }
      requireKnown(dict.types(), goalTypes, "--goal-type");
      return EventFilter.types(dict, goalTypes.toArray(new String[0]));
    }
    return null;
  }

  static void requireKnown(
      dev.cxkit.journey.events.Dictionary d, List<String> names, String option) {
    for (String n : names) {
      if (!d.contains(n)) {
        throw new BadInputException(
            option + " value '" + n + "': no event in the input has it; known: " + first(d));
      }
    }
  }

  private static String first(dev.cxkit.journey.events.Dictionary d) {
    List<String> names = d.names();
    return names.size() <= 12
        ? names.toString()
        : names.subList(0, 12) + " and " + (names.size() - 12) + " more";
  }

  TimeFormat timeFormat() {
    switch (timeFormat) {
      case "iso":
        return TimeFormat.iso(zone);
      case "epoch-millis":
        return TimeFormat.epochMillis();
      case "epoch-seconds":
        return TimeFormat.epochSeconds();
      default:
        return TimeFormat.pattern(timeFormat, zone);
    }
  }

  PathOptions pathOptions() {
    Dimension d;
    try {
      d = Dimension.valueOf(dimension.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          "--dimension must be touchpoint, channel, type or stage, was '" + dimension + "'");
    }
    if (d == Dimension.CHANNEL && channelColumn == null
        || d == Dimension.TYPE && typeColumn == null
        || d == Dimension.STAGE && stageColumn == null) {
      throw new BadInputException("--dimension " + dimension + " needs --" + dimension + "-column");
    }
    PathOptions o = PathOptions.of(d);
    return collapseRepeats ? o.collapsingRepeats() : o;
  }
}
