package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.metrics.clv.Transactions;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.samples.JourneyMapSamples;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx tour}: the story of a customer experience told end to end on bundled data, with an HTML
 * report. Real data: the CDNOW sample (purchases), ChannelAttribution's path table, the sample
 * journey maps. Synthetic, seeded and labelled as such: the event log walked from the cable-outage
 * map and the survey answers. The steps live in {@link TourJourneys} and {@link TourMetrics}; every
 * file is written atomically ({@link AtomicFile}), so concurrent tours into one directory never
 * leave a mixed file.
 */
@Command(
    name = "tour",
    mixinStandardHelpOptions = true,
    description = {
      "The guided tour: journey map and pain points, journeys from events, funnel, attribution,"
          + " NPS/CSAT and key drivers, retention and CLV, on bundled data; writes an HTML report."
    },
    footer = {"", "Example:", "  ./cx tour", "  ./cx tour --out /tmp/cx-tour --seed 7"})
final class TourCommand implements Callable<Integer> {
  /** The numbered steps, the same count on the console and in the HTML report. */
  static final int STEPS = 8;

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

  private int step;

  @Override
  public Integer call() throws Exception {
    if (customers < 10) {
      throw new BadInputException("--customers must be >= 10, was " + customers);
    }
    PrintWriter w = spec.commandLine().getOut();
    TourOutput o = new TourOutput(w, new TourReport());
    Path data = DataDir.require();
    Path dir = out != null ? out : DataDir.output("cx-tour");
    AtomicFile.createDirectories(dir);
    o.console("cxkit tour: one customer experience, end to end");
    o.console(
        "Real data: the cable-outage journey map (sample), ChannelAttribution's path table, the"
            + " CDNOW purchase sample.");
    o.console("Synthetic data (seeded, seed " + seed + "): the event log and the survey answers.");
    o.console("");
    o.report()
        .paragraph(
            "Real data: the cable-outage journey map (a cxkit sample), ChannelAttribution's"
                + " example path table (GPL-3), the CDNOW purchase sample. Synthetic, seeded data"
                + " (seed "
                + seed
                + "): the event log walked from the map and the survey answers; both are"
                + " labelled.");
    TourJourneys j = new TourJourneys(o, customers, seed);
    TourMetrics m = new TourMetrics(o, seed);
    JourneyMap map = JourneyMapSamples.cableOutage();
    run(o, "Journey map: " + map.name(), () -> j.journeyMap(map));
    Journeys[] journeys = new Journeys[1];
    run(
        o,
        "Journeys assembled from events [synthetic]",
        () -> journeys[0] = j.journeys(map, dir.resolve("events.synthetic.csv")));
    run(o, "Funnel and drop-off [synthetic]", () -> j.funnel(journeys[0]));
    run(
        o,
        "Designed vs observed: deviations, hotspots, moments of truth, action plan [synthetic]",
        () -> j.insights(map, journeys[0]));
    run(
        o,
        "Attribution: several models side by side (ChannelAttribution's path table)",
        () -> m.attribution(data.resolve("attribution").resolve("channelattribution_Data.csv")));
    run(
        o,
        "NPS and CSAT with intervals, key drivers [synthetic survey]",
        () -> m.survey(dir.resolve("survey.synthetic.csv")));
    Transactions[] log = new Transactions[1];
    run(
        o,
        "Retention: Kaplan-Meier on CDNOW, shifted-beta-geometric on a published cohort",
        () -> log[0] = m.retention(data.resolve("cdnow").resolve("CDNOW_sample.txt")));
    run(o, "Customer lifetime value: BG/NBD + Gamma-Gamma on CDNOW", () -> m.clv(log[0]));
    if (step != STEPS) {
      throw new IllegalStateException("the tour ran " + step + " steps, announced " + STEPS);
    }
    Path html = dir.resolve("report.html");
    o.report().write(html, "cxkit tour: a customer experience end to end");
    o.console("HTML report: " + html.toAbsolutePath());
    o.console("");
    o.console("Done. Open " + html.toAbsolutePath().toUri() + " in a browser.");
    w.flush();
    return 0;
  }

  private interface Body {
    void run() throws Exception;
  }

  private void run(TourOutput o, String title, Body body) throws Exception {
    step++;
    String label = String.format(Locale.ROOT, "Step %d of %d: %s", step, STEPS, title);
    o.console(String.format(Locale.ROOT, "[%d/%d] %s", step, STEPS, title));
    o.report().section(label);
    long t0 = System.nanoTime();
    body.run();
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (seconds > 1.0) {
      o.console(String.format(Locale.ROOT, "  ... %.1f s", seconds));
    }
    o.console("");
  }
}
