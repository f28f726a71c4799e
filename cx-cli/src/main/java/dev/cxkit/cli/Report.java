package dev.cxkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report of {@code cx report} (and of the tour, which is one call of it on bundled data): an
 * analyst's document with one numbered section per heading, the data and assumptions stated once in
 * the introduction, the parts without input listed once ("not included: ..."), every number with
 * its n and interval where it has one, and the observational caveat where effects are shown. The
 * console and the HTML page say the same, through {@link ReportOutput}.
 *
 * <p>Order of the parts: the journey map, the journeys (paths and flows, funnel, Markov chain),
 * designed vs observed, attribution, survey, retention, customer lifetime value.
 */
final class Report {
  /** The one statement about effects, in the assumptions of every part that shows effects. */
  static final String OBSERVATIONAL =
      "Effects shown (moments of truth, key drivers, Markov removal effects) are observational:"
          + " associations in these data, not the result of an experiment; each such table says"
          + " so again where it stands.";

  private final List<ReportPart> parts = new ArrayList<>();
  private final List<String> notIncluded = new ArrayList<>();

  private Report() {}

  /** The report of {@code in}: the parts whose inputs are given, and what is left out. */
  static Report of(ReportInputs in) {
    Report r = new Report();
    ReportSections.MapSection map = in.map;
    ReportSections.JourneysSection journeys = in.journeys;
    ReportSections.AttributionSection attribution = in.attribution;
    ReportSections.ClvSection clv = in.clv;
    if (map != null) {
      r.parts.add(new MapPart(in, map));
    } else {
      r.notIncluded.add("the journey map (no map section)");
    }
    if (journeys != null) {
      r.parts.add(new JourneysPart(in, journeys));
      if (!journeys.funnel.given()) {
        r.notIncluded.add("the funnel (no --step in the journeys section)");
      }
    } else {
      r.notIncluded.add("journeys, flows, funnel and Markov chain (no journeys section)");
    }
    if (map != null && journeys != null) {
      r.parts.add(new InsightsPart(in, in.insights));
    } else {
      r.notIncluded.add("designed vs observed and hotspots (needs both a map and journeys)");
    }
    if (attribution != null) {
      r.parts.add(new AttributionPart(attribution.options));
    } else {
      r.notIncluded.add("attribution (no attribution section)");
    }
    if (!in.surveys.isEmpty()) {
      r.parts.add(new SurveyPart(in.surveys));
    } else {
      r.notIncluded.add("survey scores and key drivers (no survey section)");
    }
    if (clv != null || in.retention != null) {
      r.parts.add(new RetentionPart(clv, in.retention));
    } else {
      r.notIncluded.add("retention (no clv or retention section)");
    }
    if (clv != null) {
      r.parts.add(new ClvPart(clv));
    } else {
      r.notIncluded.add("customer lifetime value (no clv section)");
    }
    return r;
  }

  /** The numbered sections, in order. */
  List<String> headings() {
    List<String> h = new ArrayList<>();
    for (ReportPart p : parts) {
      h.addAll(p.headings());
    }
    return h;
  }

  /**
   * Writes the report to {@code console} and to the HTML file {@code out} (atomically); {@code
   * intro} paragraphs go under the title.
   */
  void write(PrintWriter console, Path out, String title, List<String> intro) throws IOException {
    List<String> headings = headings();
    List<String> assumptions = new ArrayList<>();
    for (ReportPart p : parts) {
      for (String a : p.assumptions()) {
        if (!assumptions.contains(a)) {
          assumptions.add(a);
        }
      }
    }
    ReportOutput o = new ReportOutput(console, new ReportPage(), headings.size());
    o.console(title);
    for (String p : intro) {
      o.say(p);
    }
    o.console("  Sections: " + String.join("; ", headings) + ".");
    if (!notIncluded.isEmpty()) {
      o.note("Not included: " + String.join("; ", notIncluded) + ".");
    }
    if (!assumptions.isEmpty()) {
      o.say("Assumptions and methods (stated once, for every section):");
      o.list(assumptions);
    }
    for (ReportPart p : parts) {
      int before = o.sectionsWritten();
      p.write(o);
      if (o.sectionsWritten() - before != p.headings().size()) {
        throw new IllegalStateException(
            p.getClass().getSimpleName()
                + " wrote "
                + (o.sectionsWritten() - before)
                + " sections, announced "
                + p.headings());
      }
    }
    o.page().write(out, title);
    o.console("");
    o.console("HTML report: " + out.toAbsolutePath());
  }
}
