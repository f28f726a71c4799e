package dev.cxkit.metrics.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The CDNOW 1/10 sample (Fader &amp; Hardie 2001; see cdnow/SOURCE.md beside the data): raw
 * transactions and the full-precision customer-by-sufficient-statistic file, 39 + 39 weeks.
 */
final class Cdnow {
  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);
  static final String DIR = "/dev/cxkit/metrics/clv/cdnow/";

  private static TransactionImport rawImport;
  private static CustomerSummaries summaries;

  private Cdnow() {}

  static synchronized TransactionImport rawImport() {
    if (rawImport == null) {
      try (InputStream in = open("CDNOW_sample.txt")) {
        rawImport =
            TransactionFormat.cdnowSample()
                .read(in, "CDNOW_sample.txt", dev.cxkit.model.csv.RejectPolicy.failFast());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return rawImport;
  }

  /** Summaries built from the raw transactions by the code under test. */
  static synchronized CustomerSummaries summaries() {
    if (summaries == null) {
      summaries =
          CalibrationSplit.weeks(CALIBRATION_END, HOLDOUT_END)
              .summarise(rawImport().transactions().orElseThrow());
    }
    return summaries;
  }

  /** One row of cdnow_cbs_cal39_hold39.csv. */
  record Row(
      String cust,
      int x,
      double tx,
      double age,
      double mx,
      double salesCal,
      int xStar,
      double salesStar) {}

  static List<Row> referenceRows() {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(open("cdnow_cbs_cal39_hold39.csv"), StandardCharsets.UTF_8))) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split(",", -1);
        rows.add(
            new Row(
                f[0],
                Integer.parseInt(f[1]),
                Double.parseDouble(f[2]),
                Double.parseDouble(f[3]),
                Double.parseDouble(f[4]),
                Double.parseDouble(f[5]),
                Integer.parseInt(f[6]),
                Double.parseDouble(f[7])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static InputStream open(String name) {
    return Objects.requireNonNull(Cdnow.class.getResourceAsStream(DIR + name), name);
  }
}
