package dev.cxkit.benchmarks.insight;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.whatif.JourneySimulator;
import dev.cxkit.model.json.CxJson;
import dev.cxkit.model.map.JourneyMap;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes the input of the end-to-end {@code ./cx insights} timing: the 30-step map with branches
 * and loops ({@link InsightFixtures#branchingMap}) as JSON, and a <strong>synthetic</strong> CSV
 * event log of 1,000,000 journeys simulated from it (about 12 events each, planted skips, repeats
 * and an unplanned touchpoint), one customer per journey, converted journeys ending in an {@code
 * order} event; times in epoch milliseconds (or ISO-8601 with a third argument {@code iso}). Usage:
 * {@code java -cp benchmarks.jar dev.cxkit.benchmarks.insight.InsightsCsvFixture DIR [journeys
 * [iso]]}; then {@code ./cx insights --map DIR/bench.journey-map.json --input DIR/events.csv
 * --type-column type --goal-type order}.
 */
public final class InsightsCsvFixture {
  private InsightsCsvFixture() {}

  /** Writes the files. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int journeys = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    boolean iso = args.length > 2 && args[2].equals("iso");
    long rows = write(dir, journeys, iso);
    System.out.printf(Locale.ROOT, "%d journeys, %d rows written to %s%n", journeys, rows, dir);
  }

  /**
   * Writes {@code bench.journey-map.json} and {@code events.csv} of {@code journeys} simulated
   * journeys into {@code dir}; returns the number of CSV rows.
   */
  static long write(Path dir, int journeys, boolean iso) throws IOException {
    Files.createDirectories(dir);
    JourneyMap map = InsightFixtures.branchingMap(30);
    Files.writeString(
        dir.resolve("bench.journey-map.json"), CxJson.strict().toJson(map), StandardCharsets.UTF_8);
    Journeys js =
        JourneySimulator.of(map)
            .seed(3)
            .baseDropOff(0.075)
            .skip("s4", 0.3)
            .repeat("s10", 0.3)
            .replace("s12", "chat-bot", 0.2)
            .simulate(journeys);
    long rows = 0;
    try (BufferedWriter out =
        Files.newBufferedWriter(dir.resolve("events.csv"), StandardCharsets.UTF_8)) {
      out.write("customer,time,touchpoint,channel,type\n");
      for (int j = 0; j < js.count(); j++) {
        String customer = String.format(Locale.ROOT, "c%07d", j);
        int end = js.conversionIndex(j) >= 0 ? js.start(j) + js.conversionIndex(j) + 1 : js.end(j);
        long t = 0;
        for (int i = js.start(j); i < end; i++) {
          t = js.time(i);
          row(
              out,
              customer,
              iso ? Instant.ofEpochMilli(t).toString() : Long.toString(t),
              js.dictionaries().touchpoints().name(js.touchpoint(i)),
              js.dictionaries().channels().name(js.channel(i)),
              "interaction");
          rows++;
        }
        if (js.converted(j)) {
          long o = t + 60_000L;
          row(
              out,
              customer,
              iso ? Instant.ofEpochMilli(o).toString() : Long.toString(o),
              "order",
              "web",
              "order");
          rows++;
        }
      }
    }
    return rows;
  }

  private static void row(
      BufferedWriter out, String customer, String time, String tp, String ch, String type)
      throws IOException {
    out.write(customer);
    out.write(',');
    out.write(time);
    out.write(',');
    out.write(tp);
    out.write(',');
    out.write(ch);
    out.write(',');
    out.write(type);
    out.write('\n');
  }
}
