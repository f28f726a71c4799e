package dev.cxkit.cli;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.events.CsvEventReader;
import dev.cxkit.journey.events.CsvFormat;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventAttributes;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.events.TimeFormat;
import dev.cxkit.journey.interchange.Xes;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.model.csv.IngestReport;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.experience.EmotionScale;
import dev.cxkit.model.internal.Names;
import dev.cxkit.model.survey.Scale;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The event-log options shared by {@code cx journeys} (and the journey analyses built on it): the
 * file, its column mapping and time format, and the rules that split events into journeys.
 */
final class EventInput {
  @Option(
      names = "--input",
      required = true,
      description =
          "Event file: CSV, or an XES event log (a name ending in .xes: traces are customers,"
              + " concept:name the touchpoint, org:resource the channel).")
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
      defaultValue = "auto",
      description =
          "auto (detected from the first rows and said in a note), iso (2023-11-14T22:13:20Z,"
              + " with or without zone), date (2023-11-14), epoch-millis, epoch-seconds or a"
              + " date-time pattern (default: ${DEFAULT-VALUE}).")
  String timeFormat;

  @Option(names = "--zone", defaultValue = "UTC", description = "Zone of local date-times.")
  ZoneId zone;

  @Option(
      names = "--gap",
      defaultValue = "30m",
      description =
          "Inactivity gap that ends a journey: 30m, 7d, 1h30m or ISO-8601 (default:"
              + " ${DEFAULT-VALUE}).")
  Duration gap;

  @Option(
      names = "--max-duration",
      description = "Maximum journey duration: 30m, 7d, 1h30m or ISO-8601.")
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

  @Option(names = "--segment-column", description = "Column of the segment or persona (optional).")
  String segmentColumn;

  @Option(names = "--emotion-column", description = "Column of the emotion felt (optional).")
  String emotionColumn;

  @Option(
      names = "--emotion-scale",
      defaultValue = "VALENCE",
      description =
          "Scale of --emotion-column: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); a"
              + " value off the scale is an error.")
  EmotionScale emotionScale;

  @Option(names = "--score-column", description = "Column of an interaction score (optional).")
  String scoreColumn;

  @Option(
      names = "--score-scale",
      defaultValue = "csat",
      description = "Scale of --score-column: csat (1-5), ces (1-7), ces1 (1-5) or nps (0-10).")
  String scoreScale;

  @Option(names = "--value-column", description = "Column of a value: revenue or cost (optional).")
  String valueColumn;

  @Option(
      names = "--outcome-column",
      description = "Column of an explicit outcome: 1/0, true/false or yes/no (optional).")
  String outcomeColumn;

  /** The journeys of the input, with a note on stderr for rejected events. */
  Journeys journeys() throws IOException {
    EventLog events = log();
    requirePositive(gap, "--gap");
    requirePositive(maxDuration, "--max-duration");
    SplitRules rules = SplitRules.none().withInactivityGap(gap);
    if (maxDuration != null) {
      rules = rules.withMaxDuration(maxDuration);
    }
    EventFilter goal = goal(events.dictionaries());
    if (goal != null) {
      rules = rules.withGoal(goal, endAtGoal);
    }
    return JourneyAssembler.assemble(events, rules, TieBreak.ARRIVAL);
  }

  /** The event log of the input, with a note on stderr for rejected events. */
  EventLog log() throws IOException {
    EventDictionaries dict = new EventDictionaries();
    EventLog.Builder log = EventLog.builder(dict);
    long accepted;
    if (isXes()) {
      accepted = Xes.read(input, dict, log);
    } else {
      CsvFormat format = format();
      IngestReport report =
          CsvEventReader.of(format, RejectPolicy.failFast()).read(input, dict, log);
      if (timeFormat().isDetected()) {
        report.notes().forEach(Notes::add);
      }
      accepted = report.accepted();
    }
    if (accepted == 0) {
      throw new BadInputException(input + ": no events in the file");
    }
    EventLog events = log.build();
    noteAttributes(events);
    return events;
  }

  /** True when {@code --input} names an XES event log. */
  boolean isXes() {
    return input.getFileName() != null
        && input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xes");
  }

  /** A note on the attribute columns read: how many events carry each. */
  private static void noteAttributes(EventLog log) {
    EventAttributes a = log.attributes();
    if (a.isEmpty()) {
      return;
    }
    List<String> parts = new java.util.ArrayList<>();
    if (a.hasSegment()) {
      parts.add("segment (" + log.dictionaries().segments().size() + " values)");
    }
    long emotions = 0;
    long scores = 0;
    long values = 0;
    long outcomes = 0;
    for (int i = 0; i < a.size(); i++) {
      emotions += Double.isNaN(a.emotion(i)) ? 0 : 1;
      scores += Double.isNaN(a.score(i)) ? 0 : 1;
      values += Double.isNaN(a.value(i)) ? 0 : 1;
      outcomes += a.outcome(i) < 0 ? 0 : 1;
    }
    if (a.hasEmotion()) {
      parts.add("emotion on " + emotions + " events (" + a.emotionScale().orElseThrow() + ")");
    }
    if (a.hasScore()) {
      parts.add("score on " + scores + " events (" + a.scoreScale().orElseThrow().name() + ")");
    }
    if (a.hasValue()) {
      parts.add("value on " + values + " events");
    }
    if (a.hasOutcome()) {
      parts.add("outcome on " + outcomes + " events");
    }
    Notes.add("event attributes: " + String.join(", ", parts));
  }

  /** The layout of the input as the options describe it. */
  CsvFormat format() {
    CsvFormat f;
    try {
      f =
          CsvFormat.of(customerColumn, timeColumn, touchpointColumn)
              .withSeparator(separator)
              .withTimeFormat(timeFormat());
      f = channelColumn == null ? f : f.withChannel(channelColumn);
      f = typeColumn == null ? f : f.withType(typeColumn);
      f = stageColumn == null ? f : f.withStage(stageColumn);
      f = eventIdColumn == null ? f : f.withEventId(eventIdColumn);
      f = segmentColumn == null ? f : f.withSegment(segmentColumn);
      f = emotionColumn == null ? f : f.withEmotion(emotionColumn, emotionScale);
      f = scoreColumn == null ? f : f.withScore(scoreColumn, scoreScale());
      f = valueColumn == null ? f : f.withValue(valueColumn);
      f = outcomeColumn == null ? f : f.withOutcome(outcomeColumn);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("event columns: " + e.getMessage());
    }
    return f;
  }

  private Scale scoreScale() {
    switch (scoreScale.toLowerCase(Locale.ROOT)) {
      case "csat":
      case "csat5":
        return Scale.csat5();
      case "ces":
      case "ces2":
        return Scale.ces2();
      case "ces1":
        return Scale.ces1();
      case "nps":
        return Scale.nps();
      default:
        throw new BadInputException(
            "--score-scale must be csat, ces (CES 2.0, 1-7), ces1 or nps, was '"
                + scoreScale
                + "'");
    }
  }

  private @Nullable EventFilter goal(EventDictionaries dict) {
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

  /** The longest duration option: 100 years, so that event times plus it stay in range. */
  static final Duration MAX_DURATION = Duration.ofDays(36_525);

  /**
   * A duration option that must be positive and at most {@link #MAX_DURATION} when given, checked
   * before any journey is cut.
   */
  static void requirePositive(Duration d, String option) {
    if (d != null && (d.isZero() || d.isNegative() || d.compareTo(MAX_DURATION) > 0)) {
      throw new BadInputException(
          option + " must be a positive duration of at most 36525 days (100 years), was " + d);
    }
  }

  /**
   * Every name must occur in the input: a misspelt goal, step or filter is an error naming the
   * option, the value, the closest known name and the known names, never a zero result.
   */
  static void requireKnown(
      dev.cxkit.journey.events.Dictionary d, List<String> names, String option) {
    for (String n : names) {
      if (n.isBlank()) {
        throw new BadInputException(option + " value '" + n + "' must not be empty");
      }
      if (!d.contains(n)) {
        String closest = Names.closest(n, d.names());
        throw new BadInputException(
            option
                + " value '"
                + n
                + "': no event in the input has it"
                + (closest == null ? "" : "; did you mean '" + closest + "'?")
                + "; known: "
                + first(d));
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
      case "auto":
        return TimeFormat.detect(zone);
      case "iso":
        return TimeFormat.iso(zone);
      case "date":
        return TimeFormat.isoDate(zone);
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
