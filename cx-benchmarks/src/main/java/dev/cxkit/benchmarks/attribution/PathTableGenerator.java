package dev.cxkit.benchmarks.attribution;

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
  public static void generate(Path source, long rows, long seed, Path target) throws IOException {
    List<Row> base = new ArrayList<>();
    List<String> channels = new ArrayList<>();
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(";");
      String[] path = f[0].split(" > ");
      for (String c : path) {
        if (!channels.contains(c)) {
          channels.add(c);
        }
      }
      base.add(new Row(path, Long.parseLong(f[1]), Double.parseDouble(f[2]), Long.parseLong(f[3])));
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
