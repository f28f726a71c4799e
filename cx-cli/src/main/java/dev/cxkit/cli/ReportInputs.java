package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.model.map.JourneyMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The sections given to a report, each at most once (surveys as often as wanted), and the inputs
 * several parts share, read once: the journey map and the journeys.
 */
final class ReportInputs {
  final ReportSections.@Nullable MapSection map;
  final ReportSections.@Nullable JourneysSection journeys;
  final ReportSections.@Nullable InsightsSection insights;
  final ReportSections.@Nullable AttributionSection attribution;
  final List<ReportSections.SurveySection> surveys;
  final ReportSections.@Nullable ClvSection clv;
  final ReportSections.@Nullable RetentionSection retention;
  private @Nullable JourneyMap journeyMap;
  private @Nullable Journeys assembled;

  private ReportInputs(List<ReportSections.Section> sections) {
    map = one(sections, ReportSections.MapSection.class, "map");
    journeys = one(sections, ReportSections.JourneysSection.class, "journeys");
    insights = one(sections, ReportSections.InsightsSection.class, "insights");
    attribution = one(sections, ReportSections.AttributionSection.class, "attribution");
    clv = one(sections, ReportSections.ClvSection.class, "clv");
    retention = one(sections, ReportSections.RetentionSection.class, "retention");
    List<ReportSections.SurveySection> s = new ArrayList<>();
    for (ReportSections.Section x : sections) {
      if (x instanceof ReportSections.SurveySection survey) {
        s.add(survey);
      }
    }
    surveys = List.copyOf(s);
    if (insights != null && (map == null || journeys == null)) {
      throw new BadInputException(
          "the insights section compares journeys with a map: give a map and a journeys"
              + " section too");
    }
  }

  /** The inputs of {@code sections}; a section other than survey given twice is an error. */
  static ReportInputs of(List<ReportSections.Section> sections) {
    return new ReportInputs(sections);
  }

  private static <T> @Nullable T one(
      List<ReportSections.Section> sections, Class<T> type, String name) {
    T found = null;
    for (ReportSections.Section s : sections) {
      if (type.isInstance(s)) {
        if (found != null) {
          throw new BadInputException(
              "the " + name + " section is given twice: a report has at most one");
        }
        found = type.cast(s);
      }
    }
    return found;
  }

  /** The journey map of the map section, read once. */
  JourneyMap journeyMap() throws IOException {
    JourneyMap m = journeyMap;
    if (m == null) {
      m = require(map, "map").input.map();
      journeyMap = m;
    }
    return m;
  }

  /** The journeys of the journeys section, assembled once. */
  Journeys journeys() throws IOException {
    Journeys js = assembled;
    if (js == null) {
      js = require(journeys, "journeys").events.journeys();
      assembled = js;
    }
    return js;
  }

  private static <T> T require(@Nullable T section, String name) {
    if (section == null) {
      throw new IllegalStateException("no " + name + " section");
    }
    return section;
  }
}
