package dev.cxkit.spark.example;

import dev.cxkit.journey.attribution.AttributionModel;
import dev.cxkit.journey.attribution.MarkovAttribution;
import dev.cxkit.journey.attribution.MarkovResult;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.spark.EventColumns;
import dev.cxkit.spark.JourneyRow;
import dev.cxkit.spark.JourneyRules;
import dev.cxkit.spark.JourneyTable;
import dev.cxkit.spark.SparkJourneys;
import dev.cxkit.spark.SparkPaths;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Journeys, channel path table and attribution of a Parquet event table with columns {@code
 * customer, time, touchpoint, channel, type} (time as epoch milliseconds, a timestamp or ISO text;
 * {@code type = 'order'} is the goal), journeys cut after 30 minutes of inactivity.
 *
 * <pre>
 * spark-submit --class dev.cxkit.spark.example.JourneyAttributionJob \
 *   --jars cx-model.jar,cx-metrics.jar,cx-journey.jar,hipparchus-core.jar,... \
 *   cx-spark.jar events.parquet [journeys-out.parquet]
 * </pre>
 *
 * Without {@code spark-submit} (no {@code spark.master} set) it runs in {@code local[2]}.
 */
public final class JourneyAttributionJob {
  private JourneyAttributionJob() {}

  /**
   * Runs the job.
   *
   * @param args the event table's Parquet path, optionally a path to write the journeys to
   */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: JourneyAttributionJob <events.parquet> [journeys-out.parquet]");
      System.exit(2);
    }
    SparkSession.Builder builder = SparkSession.builder().appName("cxkit journeys and attribution");
    if (!new org.apache.spark.SparkConf().contains("spark.master")) {
      builder = builder.master("local[2]").config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    run(spark, args[0], args.length == 2 ? args[1] : null, System.out);
  }

  /** The job on {@code spark}: prints the summary and the attribution to {@code out}. */
  public static void run(
      SparkSession spark,
      String events,
      @org.jspecify.annotations.Nullable String journeysOut,
      PrintStream out) {
    JourneyTable t =
        SparkJourneys.assemble(
            spark.read().parquet(events),
            EventColumns.of("customer", "time", "touchpoint")
                .withChannel("channel")
                .withType("type"),
            JourneyRules.none()
                .withInactivityGap(Duration.ofMinutes(30))
                .withGoal(Dimension.TYPE, true, "order"));
    Dataset<JourneyRow> journeys = t.journeys().cache();
    if (journeysOut != null) {
      journeys.write().mode(SaveMode.Overwrite).parquet(journeysOut);
    }
    PathTable paths = SparkPaths.pathTable(journeys, Dimension.CHANNEL);
    MarkovResult markov = MarkovAttribution.builder().build().analyze(paths);
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    o.printf(
        Locale.ROOT,
        "journeys %d, conversions %d, distinct channel paths %d%n",
        paths.totalJourneys(),
        paths.totalConversions(),
        paths.pathCount());
    o.println("rejected event rows: " + t.rejections());
    o.printf(Locale.ROOT, "P(conversion) %.6f%n", markov.conversionProbability());
    o.println("channel  removal-effect  markov  linear  last-touch");
    var linear = AttributionModel.linear().attribute(paths);
    var last = AttributionModel.lastTouch().attribute(paths);
    for (String ch : paths.channels()) {
      o.printf(
          Locale.ROOT,
          "%s  %.6f  %.2f  %.2f  %.2f%n",
          ch,
          markov.removalEffect(ch),
          markov.attribution().conversions(ch),
          linear.conversions(ch),
          last.conversions(ch));
    }
    journeys.unpersist();
  }
}
