package dev.cxkit.benchmarks.attribution;

import dev.cxkit.model.csv.CsvHeader;
import dev.cxkit.model.csv.CsvReader;
import dev.cxkit.model.csv.CsvRecord;
import dev.cxkit.model.csv.CsvSettings;
import dev.cxkit.model.csv.RejectPolicy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Scales the shared ChannelAttribution example table up deterministically: resamples its rows with
 * a seeded generator and perturbs each copy (counts jittered by -1..+1, value rescaled by +-10 %,
 * and with probability 5 % one touch of the path replaced by a random channel), writing the result
 * in the same semicolon format.
 *
 * <p>The source table is GPL-3 test data: it is never bundled. It is read at benchmark setup from
 * the system property {@value #PROPERTY}, else from {@value #DEFAULT_PATH} relative to the working
 * directory (the repository root).
 */
public final class PathTableGenerator {
  /** System property naming the source table. */
  public static final String PROPERTY = "cx.attribution.data";

  /** The source table's path relative to the repository root. */
  public static final String DEFAULT_PATH =
      "cx-journey/src/test/resources/dev/cxkit/journey/attribution/channelattribution_Data.csv";

  private PathTableGenerator() {}

  /** The source table file. */
  public static Path sourceTable() {
    Path p = Path.of(System.getProperty(PROPERTY, DEFAULT_PATH));
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException(
          "source table must exist (run from the repository root or set -D"
              + PROPERTY
              + "=...), was "
              + p.toAbsolutePath());
    }
    return p;
  }

  private record Row(String[] path, long conversions, double value, long nulls) {}

  /** Writes {@code rows} generated rows to {@code target}. */
  public static void generate(Path sourceTable, long rows, long seed, Path target)
      throws IOException {
    List<Row> base = new ArrayList<>();
    List<String> channels = new ArrayList<>();
    // row by row through the CSV core: a PathTable would aggregate identical paths and change the
    // generated tables the recorded benchmarks ran on
    try (CsvReader csv =
        CsvReader.open(
            sourceTable, CsvSettings.defaults().withSeparator(';'), RejectPolicy.failFast())) {
      CsvHeader h = csv.header();
      int pathColumn = h.require("path", "path");
      int conversions = h.require("total_conversions", "conversions");
      int value = h.require("total_conversion_value", "value");
      int nulls = h.require("total_null", "nulls");
      while (csv.next()) {
        CsvRecord r = csv.record();
        String[] path = r.required(pathColumn, "path").split(" > ");
        for (String c : path) {
          if (!channels.contains(c)) {
            channels.add(c);
          }
        }
        base.add(
            new Row(
                path,
                r.longValue(conversions, "total_conversions"),
                r.doubleValue(value, "total_conversion_value"),
                r.longValue(nulls, "total_null")));
        csv.accept();
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      w.write("path;total_conversions;total_conversion_value;total_null\n");
      StringBuilder sb = new StringBuilder(256);
      for (long r = 0; r < rows; r++) {
        Row row = base.get(random.nextInt(base.size()));
        String[] path = row.path();
        int replaced = random.nextInt(20) == 0 ? random.nextInt(path.length) : -1;
        long conv = Math.max(0, row.conversions() + random.nextInt(3) - 1);
        long nulls = Math.max(0, row.nulls() + random.nextInt(3) - 1);
        if (conv + nulls == 0) {
          nulls = 1;
        }
        double perConversion =
            row.conversions() > 0 ? row.value() / row.conversions() : 3.78; // table mean
        double value = conv * perConversion * (0.9 + 0.2 * random.nextDouble());
        sb.setLength(0);
        for (int i = 0; i < path.length; i++) {
          if (i > 0) {
            sb.append(" > ");
          }
          sb.append(i == replaced ? channels.get(random.nextInt(channels.size())) : path[i]);
        }
        sb.append(';').append(conv).append(';');
        long thousandths = Math.round(value * 1000);
        long fraction = thousandths % 1000;
        sb.append(thousandths / 1000).append('.');
        sb.append(fraction < 100 ? (fraction < 10 ? "00" : "0") : "").append(fraction);
        sb.append(';').append(nulls).append('\n');
        w.append(sb);
      }
    }
  }

  /** Generates a file: {@code rows seed target}. */
  public static void main(String[] args) throws IOException {
    generate(sourceTable(), Long.parseLong(args[0]), Long.parseLong(args[1]), Path.of(args[2]));
  }
}
