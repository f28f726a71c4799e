package dev.cxkit.cli;

import dev.cxkit.metrics.clv.DiscreteSummaries;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads discrete-time customer summaries for BG/BB: a CSV with columns frequency, recency, periods
 * and optionally weights (or weight, count) and id, as the donations data in {@code
 * cx-examples/data/donations/}.
 */
final class BgBbInput {
  private BgBbInput() {}

  static DiscreteSummaries read(Path file) throws IOException {
    CsvFile csv = CsvFile.read(file, ',');
    int x = csv.column("frequency");
    int tx = csv.column("recency");
    int n = csv.column("periods");
    int w = csv.anyColumn("weights", "weight", "count");
    int id = csv.anyColumn("id", "ID", "customer");
    DiscreteSummaries.Builder b = DiscreteSummaries.builder();
    for (CsvFile.Row row : csv.rows()) {
      String name = id >= 0 ? row.fields().get(id).strip() : "row " + (b.size() + 1);
      int freq = csv.integer(row, x, "must be a whole number of repeat transactions >= 0");
      int rec = csv.integer(row, tx, "must be a whole period number >= 0");
      int periods = csv.integer(row, n, "must be a whole number of periods >= 1");
      double weight = w >= 0 ? csv.number(row, w, "must be a number > 0") : 1.0;
      try {
        b.add(name, freq, rec, periods, weight);
      } catch (IllegalArgumentException e) {
        throw new BadInputException(file + ": line " + row.line() + ": " + e.getMessage());
      }
    }
    if (csv.rows().isEmpty()) {
      throw new BadInputException(file + ": no rows after the header");
    }
    return b.build();
  }
}
