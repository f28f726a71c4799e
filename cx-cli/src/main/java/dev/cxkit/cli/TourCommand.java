package dev.cxkit.cli;

import dev.cxkit.model.samples.JourneyMapSamples;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx tour}: the story of a customer experience told end to end on bundled data: one call of
 * {@code cx report} (see {@link ReportCommand}), whose command line the tour prints so the same
 * report can be made from one's own files. Real data: the CDNOW sample (purchases),
 * ChannelAttribution's path table, the sample journey maps, a published retention cohort.
 * Synthetic, seeded and labelled as such: the event log walked from the cable-outage map and the
 * survey answers ({@link TourData}, published atomically, so concurrent tours into one directory
 * never leave a mixed file).
 */
@Command(
    name = "tour",
    mixinStandardHelpOptions = true,
    description = {
      "The guided tour: journey map and pain points, journeys from events, funnel, Markov chain,"
          + " attribution, NPS/CSAT and key drivers, retention and CLV, on bundled data; writes"
          + " an HTML report with ./cx report and prints its command line."
    },
    footer = {
      "",
      "Example:",
      "  ./cx tour",
      "  ./cx tour --out /tmp/cx-tour --seed 11 --customers 500"
    })
final class TourCommand implements Callable<Integer> {
  /** The tour's title, on the console and in the page. */
  static final String TITLE = "cxkit tour: a customer experience end to end";

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      description = "Directory for the report and generated files (default: target/cx-tour).")
  Path out;

  @Option(names = "--seed", defaultValue = "7", description = "Seed of the synthetic data.")
  long seed;

  @Option(
      names = "--customers",
      defaultValue = "2000",
      description = "Customers in the synthetic event log (default: ${DEFAULT-VALUE}).")
  int customers;

  @Override
  public Integer call() throws Exception {
    if (customers < 10) {
      throw new BadInputException("--customers must be >= 10, was " + customers);
    }
    Path data = DataDir.require();
    Path dir = (out != null ? out : DataDir.output("cx-tour")).toAbsolutePath();
    PrintWriter w = spec.commandLine().getOut();
    try (TourData files = TourData.write(dir, JourneyMapSamples.cableOutage(), customers, seed)) {
      List<String> run = reportArgs(dir, data, p -> files.work(p));
      CommandLine report = CxCommand.commandLine();
      report.setOut(w);
      report.setErr(spec.commandLine().getErr());
      int status = report.execute(run.toArray(new String[0]));
      if (status != 0) {
        return status;
      }
      files.publish();
    }
    w.println();
    w.println("This report is one command on the bundled data; give it your own files:");
    w.println(commandLine(reportArgs(dir, data, p -> dir.resolve(p))));
    w.println("Explore the generated files further, for example:");
    w.println(
        "  ./cx journeys --input "
            + dir.resolve(TourData.EVENTS)
            + " --type-column type --goal-type technician-visit --gap P7D --dimension type"
            + " variants");
    w.println();
    w.println("Done. Open " + dir.resolve("report.html").toUri() + " in a browser.");
    w.flush();
    return 0;
  }

  /** The report's command line; {@code file} locates a generated file by name. */
  private List<String> reportArgs(Path dir, Path data, Function<String, Path> file) {
    List<String> a = new ArrayList<>();
    a.addAll(List.of("report", "--out", dir.resolve("report.html").toString(), "--title", TITLE));
    a.addAll(
        List.of(
            "--intro",
            "Real data: the cable-outage journey map (a cxkit sample), ChannelAttribution's"
                + " example path table (GPL-3), the CDNOW purchase sample and Fader & Hardie's"
                + " published 'regular' retention cohort.",
            "--intro",
            "Synthetic, seeded data (seed "
                + seed
                + "): the event log of "
                + customers
                + " customers walking the map ("
                + TourData.EVENTS
                + ") and "
                + TourData.RESPONDENTS
                + " survey answers ("
                + TourData.SURVEY
                + "); the calculators are real."));
    a.addAll(List.of("map", "--sample", "cable-outage", "--future-sample", "cable-outage-future"));
    a.addAll(
        List.of(
            "journeys",
            "--input",
            file.apply(TourData.EVENTS).toString(),
            "--type-column",
            "type",
            "--channel-column",
            "channel",
            "--stage-column",
            "stage",
            "--goal-type",
            "technician-visit",
            "--gap",
            "P7D",
            "--dimension",
            "type",
            "--collapse-repeats",
            "--step",
            "call-support",
            "--step",
            "troubleshoot",
            "--step",
            "technician-visit",
            "--step",
            "receive-bill"));
    a.addAll(List.of("insights", "--value-per-conversion", "120"));
    a.addAll(
        List.of(
            "attribution",
            "--input",
            data.resolve("attribution").resolve("channelattribution_Data.csv").toString(),
            "--model",
            "first,last,linear,position,shapley-simplified,markov"));
    a.addAll(
        List.of(
            "survey",
            "--input",
            file.apply(TourData.SURVEY).toString(),
            "--metric",
            "nps",
            "--score-column",
            "ltr",
            "--driver-columns",
            String.join(",", SyntheticSurvey.DRIVERS).replace(' ', '_'),
            "--seed",
            Long.toString(seed)));
    a.addAll(
        List.of(
            "survey",
            "--input",
            file.apply(TourData.SURVEY).toString(),
            "--metric",
            "csat",
            "--score-column",
            "csat"));
    a.addAll(
        List.of(
            "clv",
            "--input",
            data.resolve("cdnow").resolve("CDNOW_sample.txt").toString(),
            "--calibration-end",
            "1997-09-30",
            "--holdout-end",
            "1998-06-30",
            "--horizon",
            "39",
            "--top",
            "8"));
    a.addAll(
        List.of(
            "retention",
            "--survivors",
            "1000,631,468,382,326",
            "--holdout-survivors",
            "289,262,241",
            "--cohort",
            "Fader & Hardie's (2007) 'regular' cohort"));
    return a;
  }

  /** The report's command line for a shell, one section per line. */
  private static String commandLine(List<String> args) {
    StringBuilder b = new StringBuilder("  ./cx");
    for (String a : quoted(args)) {
      if (ReportCommand.SECTIONS.contains(a)) {
        b.append(" \\\n   ");
      }
      b.append(' ').append(a);
    }
    return b.toString();
  }

  /** Arguments as a shell reads them back: quoted where they hold blanks or quotes. */
  static List<String> quoted(List<String> args) {
    List<String> out = new ArrayList<>();
    for (String a : args) {
      out.add(a.matches("[A-Za-z0-9_./:,=@%+-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
    }
    return out;
  }
}
