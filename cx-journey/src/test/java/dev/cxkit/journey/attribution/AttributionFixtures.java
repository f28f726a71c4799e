package dev.cxkit.journey.attribution;

import dev.cxkit.journey.paths.PathTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Shared fixtures: the ChannelAttribution example table and a naive reader of it. */
final class AttributionFixtures {
  static final String DATA = "channelattribution_Data.csv";

  private AttributionFixtures() {}

  /** One raw row of the shared table, parsed the slow obvious way. */
  record Row(List<String> path, long conversions, double value, long nulls) {}

  static byte[] dataBytes() {
    try (InputStream in = AttributionFixtures.class.getResourceAsStream(DATA)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PathTable sharedTable() {
    try (InputStream in = AttributionFixtures.class.getResourceAsStream(DATA)) {
      return PathTableReader.channelAttribution().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Naive oracle: String.split per line. */
  static List<Row> naiveRows() {
    String text = new String(dataBytes(), StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].strip().split(";");
      List<String> path = Arrays.stream(f[0].split(">")).map(String::strip).toList();
      rows.add(new Row(path, Long.parseLong(f[1]), Double.parseDouble(f[2]), Long.parseLong(f[3])));
    }
    return rows;
  }

  static PathTable tableOf(List<Row> rows) {
    PathTable.Builder b = PathTable.builder();
    for (Row r : rows) {
      b.add(r.path(), r.conversions(), r.value(), r.nulls());
    }
    return b.build();
  }

  static double sum(double[] xs) {
    return Credits.exactSum(xs);
  }
}
