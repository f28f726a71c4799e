package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.csv.CsvHeader;
import dev.cxkit.model.csv.CsvReader;
import dev.cxkit.model.csv.CsvRecord;
import dev.cxkit.model.csv.CsvSettings;
import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.csv.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads {@link DiscreteSummaries} (the input of {@link BgBb}) from a file of one row per customer
 * or per group of identical customers, a field mapping over cxkit's CSV core: columns {@code
 * frequency} (repeat transactions x), {@code recency} (t_x), {@code periods} (n), and optionally a
 * weight ({@code weights}, {@code weight} or {@code count}) and an id ({@code id}, {@code ID} or
 * {@code customer}), as in the donations data of Fader, Hardie &amp; Shang (2010) bundled in {@code
 * cx-examples/data/donations/}.
 *
 * <p>Every row is validated as by {@link DiscreteSummaries.Builder} (whole numbers, {@code 0 <= x
 * <= t_x <= n}, finite weights {@code > 0}); the first bad row stops the read with an {@link
 * IngestException} naming the file, line, field, value and rule, and a file without rows is an
 * error.
 *
 * <pre>{@code
 * DiscreteSummaries donors = DiscreteSummaryFormat.standard().read(Path.of("donations.csv"));
 * BgBb bb = BgBb.fit(donors).model();
 * }</pre>
 */
public final class DiscreteSummaryFormat {
  private final CsvSettings settings;

  private DiscreteSummaryFormat(CsvSettings settings) {
    this.settings = settings;
  }

  /** Comma-separated, with the column names above. */
  public static DiscreteSummaryFormat standard() {
    return new DiscreteSummaryFormat(CsvSettings.defaults());
  }

  /** This format with another field separator. */
  public DiscreteSummaryFormat withSeparator(char separator) {
    return new DiscreteSummaryFormat(settings.withSeparator(separator));
  }

  /** Reads {@code file}. */
  public DiscreteSummaries read(Path file) throws IOException {
    checkNotNull(file, "file");
    try (CsvReader csv = CsvReader.open(file, settings, RejectPolicy.failFast())) {
      return read(csv);
    }
  }

  /** Reads {@code in} (not closed), named {@code source} in messages. */
  public DiscreteSummaries read(InputStream in, String source) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    try (CsvReader csv = CsvReader.of(in, source, settings, RejectPolicy.failFast())) {
      return read(csv);
    }
  }

  private static DiscreteSummaries read(CsvReader csv) throws IOException {
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
      throw new IngestException(
          new Rejection(
              csv.source(),
              Math.max(2, h.line() + 1),
              0,
              "record",
              "",
              "input must have at least one row of summaries after the header, had none"));
    }
    return b.build();
  }
}
