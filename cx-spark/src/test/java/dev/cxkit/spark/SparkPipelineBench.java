package dev.cxkit.spark;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.attribution.MarkovAttribution;
import dev.cxkit.journey.attribution.MarkovResult;
import dev.cxkit.journey.events.CsvEventReader;
import dev.cxkit.journey.events.CsvFormat;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventLog;
import dev.cxkit.journey.events.TieBreak;
import dev.cxkit.journey.events.TimeFormat;
import dev.cxkit.journey.paths.JourneyPathTables;
import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.model.csv.RejectPolicy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Journeys → path table → exact Markov attribution over one generated CSV event file, once in one
 * JVM (cx-journey) and once in Spark {@code local[2]} (cx-spark), with wall and process CPU time
 * per stage and Spark's shuffle bytes. Not a unit test: run by hand (docs/BENCHMARKS.md).
 *
 * <pre>
 * java -cp ... dev.cxkit.spark.SparkPipelineBench generate 10000000 /tmp/ev10m.csv
 * java -cp ... dev.cxkit.spark.SparkPipelineBench single /tmp/ev10m.csv
 * java -cp ... dev.cxkit.spark.SparkPipelineBench spark /tmp/ev10m.csv
 * </pre>
 */
final class SparkPipelineBench {
  private SparkPipelineBench() {}

  public static void main(String[] args) throws IOException {
    switch (args[0]) {
      case "generate" -> generate(Long.parseLong(args[1]), Path.of(args[2]));
      case "single" -> single(Path.of(args[1]));
      case "spark" -> spark(Path.of(args[1]));
      default -> throw new IllegalArgumentException("mode must be generate|single|spark");
    }
  }

  static void generate(long events, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("customer,time,touchpoint,channel,type\n");
      EventLogs.forEach(
          events,
          42,
          (c, t, tp, ch, ty) -> {
            try {
              w.write(c + "," + t + "," + tp + "," + ch + "," + ty + "\n");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    }
  }

  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static void report(String stage, long wall0, long cpu0) {
    System.out.printf(
        Locale.ROOT,
        "%-34s wall %8.2f s  cpu %8.2f s%n",
        stage,
        (System.nanoTime() - wall0) / 1e9,
        (cpu() - cpu0) / 1e9);
  }

  static void single(Path file) throws IOException {
    long w = System.nanoTime();
    long c = cpu();
    EventDictionaries dict = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(dict);
    CsvEventReader.of(
            CsvFormat.of("customer", "time", "touchpoint")
                .withChannel("channel")
                .withType("type")
                .withTimeFormat(TimeFormat.epochMillis()),
            RejectPolicy.failFast())
        .read(file, dict, b);
    EventLog log = b.build();
    report("single: read CSV " + log.size(), w, c);
    long w1 = System.nanoTime();
    long c1 = cpu();
    Journeys js =
        JourneyAssembler.assemble(
            log, SparkJourneysTest.RULES.toSplitRules(dict), TieBreak.CONTENT);
    report("single: assemble " + js.count(), w1, c1);
    long w2 = System.nanoTime();
    long c2 = cpu();
    PathTable t = JourneyPathTables.of(js);
    report("single: path table " + t.pathCount(), w2, c2);
    long w3 = System.nanoTime();
    long c3 = cpu();
    MarkovResult m = MarkovAttribution.builder().build().analyze(t);
    report("single: markov", w3, c3);
    report("single: total", w, c);
    System.out.println("P(conversion) " + m.conversionProbability());
  }

  static void spark(Path file) {
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    AtomicLong shuffle = new AtomicLong();
    spark
        .sparkContext()
        .addSparkListener(
            new SparkListener() {
              @Override
              public void onTaskEnd(SparkListenerTaskEnd e) {
                if (e.taskMetrics() != null) {
                  shuffle.addAndGet(e.taskMetrics().shuffleWriteMetrics().bytesWritten());
                }
              }
            });
    StructType schema =
        new StructType()
            .add("customer", DataTypes.StringType)
            .add("time", DataTypes.LongType)
            .add("touchpoint", DataTypes.StringType)
            .add("channel", DataTypes.StringType)
            .add("type", DataTypes.StringType);
    Dataset<Row> events = spark.read().option("header", "true").schema(schema).csv(file.toString());
    EventColumns cols =
        EventColumns.of("customer", "time", "touchpoint").withChannel("channel").withType("type");
    if (Boolean.getBoolean("cx.bench.stages")) {
      long w0 = System.nanoTime();
      long c0 = cpu();
      events.write().format("noop").mode("overwrite").save();
      report("spark: read CSV only (noop)", w0, c0);
      w0 = System.nanoTime();
      c0 = cpu();
      events.write().format("noop").mode("overwrite").save();
      report("spark: read CSV only, again", w0, c0);
      w0 = System.nanoTime();
      c0 = cpu();
      SparkJourneys.events(events, cols).write().format("noop").mode("overwrite").save();
      report("spark: read + columns in SQL", w0, c0);
      w0 = System.nanoTime();
      c0 = cpu();
      events
          .repartition(8, org.apache.spark.sql.functions.col("customer"))
          .sortWithinPartitions("customer", "time")
          .write()
          .format("noop")
          .mode("overwrite")
          .save();
      report("spark: read + shuffle + sort (rows)", w0, c0);
    }
    long w = System.nanoTime();
    long c = cpu();
    JourneyTable jt = SparkJourneys.assemble(events, cols, SparkJourneysTest.RULES);
    jt.journeys().write().format("noop").mode("overwrite").save();
    report("spark: read + assemble (noop sink)", w, c);
    System.out.println("shuffle bytes (assembly) " + shuffle.get());
    long before = shuffle.get();
    long w1 = System.nanoTime();
    long c1 = cpu();
    PathTable t =
        SparkPaths.pathTable(
            SparkJourneys.assemble(events, cols, SparkJourneysTest.RULES).journeys(),
            Dimension.CHANNEL);
    report("spark: read + assemble + path table " + t.pathCount(), w1, c1);
    System.out.println("shuffle bytes (whole pipeline) " + (shuffle.get() - before));
    long w2 = System.nanoTime();
    long c2 = cpu();
    MarkovResult m = MarkovAttribution.builder().build().analyze(t);
    report("spark: markov on the driver", w2, c2);
    report("spark: pipeline (path table + markov)", w1, c1);
    System.out.println(
        "P(conversion) " + m.conversionProbability() + ", touches " + t.touchCount());
    spark.stop();
  }
}
