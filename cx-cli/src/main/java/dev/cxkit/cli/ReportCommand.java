package dev.cxkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx report}: one self-contained HTML report of the user's own files. Each input is a
 * section named after the analysis command whose options it takes, so nothing new is to be learnt:
 * {@code map}, {@code journeys}, {@code insights}, {@code attribution}, {@code survey}
 * (repeatable), {@code clv} and {@code retention}, in any order after the report's own options. The
 * report has the sections whose inputs are given and lists the others once; the console says the
 * same as the page (see {@link Report}).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    subcommandsRepeatable = true,
    synopsisSubcommandLabel = "SECTION [SECTION...]",
    commandListHeading = "Sections (each takes the options of the command it is named after):%n",
    description = {
      "Writes one self-contained HTML report from your own files: journey map with hotspots,"
          + " journeys, flows, funnel, Markov chain, attribution, survey scores and drivers,"
          + " retention, CLV; whichever inputs are given. Each input is a section named after"
          + " the command whose options it takes (map, journeys, insights, attribution, survey,"
          + " clv, retention); see ./cx report SECTION --help. The console says what the page"
          + " says."
    },
    subcommands = {
      ReportSections.MapSection.class,
      ReportSections.JourneysSection.class,
      ReportSections.InsightsSection.class,
      ReportSections.AttributionSection.class,
      ReportSections.SurveySection.class,
      ReportSections.ClvSection.class,
      ReportSections.RetentionSection.class
    },
    footer = {
      "",
      "Example:",
      "  ./cx report --out outage-report.html --title \"Outage review\" \\",
      "      map --sample cable-outage \\",
      "      journeys --input target/cx-tour/events.synthetic.csv --type-column type \\",
      "      --goal-type technician-visit --gap P7D --dimension type \\",
      "      --collapse-repeats --step call-support --step troubleshoot \\",
      "      --step technician-visit \\",
      "      survey --input target/cx-tour/survey.synthetic.csv --metric nps \\",
      "      --score-column ltr \\",
      "      --driver-columns status_page,IVR,support_agent,technician,bill \\",
      "      clv --input cx-examples/data/cdnow/CDNOW_sample.txt \\",
      "      --calibration-end 1997-09-30"
    })
final class ReportCommand implements Callable<Integer> {
  /** The names of the sections. */
  static final List<String> SECTIONS =
      List.of("map", "journeys", "insights", "attribution", "survey", "clv", "retention");

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      defaultValue = "report.html",
      description = "The HTML file to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--title",
      defaultValue = "cxkit report",
      description = "The report's title (default: ${DEFAULT-VALUE}).")
  String title;

  @Option(
      names = "--intro",
      description = "A paragraph under the title, such as where the data come from; repeatable.")
  List<String> intro = new ArrayList<>();

  private final List<ReportSections.Section> sections = new ArrayList<>();

  @Override
  public Integer call() {
    throw new BadInputException(
        "give at least one section: map, journeys, insights, attribution, survey, clv or"
            + " retention, each with its options (see ./cx report --help)");
  }

  /**
   * Collects one section; when the last section of the command line has come, writes the report.
   */
  int collect(ReportSections.Section section) throws Exception {
    sections.add(section);
    if (sections.size() < spec.commandLine().getParseResult().subcommands().size()) {
      return 0;
    }
    if (java.nio.file.Files.isDirectory(out)) {
      throw new BadInputException("--out " + out + ": is a directory; give the HTML file to write");
    }
    Report.of(ReportInputs.of(sections))
        .write(spec.commandLine().getOut(), out, title, intro == null ? List.of() : intro);
    return 0;
  }
}
