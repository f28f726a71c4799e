package dev.cxkit.cli;

import dev.cxkit.metrics.clv.DiscreteSummaries;
import dev.cxkit.model.csv.CsvHeader;
import dev.cxkit.model.csv.CsvReader;
import dev.cxkit.model.csv.CsvRecord;
import dev.cxkit.model.csv.CsvSettings;
import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.RejectPolicy;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads discrete-time customer summaries for BG/BB: a CSV with columns frequency, recency, periods
 * and optionally weights (or weight, count) and id, as the donations data in {@code
 * cx-examples/data/donations/}; a field mapping over the CSV core.
 */
final class BgBbInput {
  private BgBbInput() {}

  static DiscreteSummaries read(Path file) throws IOException {
    try (CsvReader csv = CsvReader.open(file, CsvSettings.defaults(), RejectPolicy.failFast())) {
      CsvHeader h = csv.header();
      int x = h.require("frequency", "frequency");
      int tx = h.require("recency", "recency");
      int n = h.require("periods", "periods");
      int w = h.indexOfAny("weights", "weight", "count");
      int id = h.indexOfAny("id", "ID", "customer");
      DiscreteSummaries.Builder b = DiscreteSummaries.builder();
      while (csv.next()) {
        CsvRecord r = csv.record();
        String name = id >= 0 ? r.required(id, "id") : "row " + (b.size() + 1);
        int freq = (int) r.longValue(x, "frequency", 0, Integer.MAX_VALUE);
        int rec = (int) r.longValue(tx, "recency", 0, Integer.MAX_VALUE);
        int periods = (int) r.longValue(n, "periods", 1, Integer.MAX_VALUE);
        double weight = w >= 0 ? r.doubleValue(w, "weight") : 1.0;
        try {
          b.add(name, freq, rec, periods, weight);
        } catch (IllegalArgumentException e) {
          throw new IngestException(r.recordRejection(String.valueOf(e.getMessage())));
        }
        csv.accept();
      }
      if (csv.ingest().accepted() == 0) {
        throw new BadInputException(file + ": no rows after the header");
      }
      return b.build();
    }
  }
}
