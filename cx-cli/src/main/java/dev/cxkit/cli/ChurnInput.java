package dev.cxkit.cli;

import dev.cxkit.metrics.retention.SurvivalData;
import dev.cxkit.model.csv.CsvHeader;
import dev.cxkit.model.csv.CsvReader;
import dev.cxkit.model.csv.CsvRecord;
import dev.cxkit.model.csv.CsvSettings;
import dev.cxkit.model.csv.RejectPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The input options of {@code cx churn}: a CSV with a header, one row per customer, a time column
 * (finite, {@code > 0}), an event column whose values are the declared event value or the censoring
 * value, and numeric covariate columns where {@code NA} or an empty cell means missing (the row is
 * left out of the model and counted).
 */
final class ChurnInput {
  @Option(names = "--input", required = true, description = "CSV file with a header line.")
  Path input;

  @Option(names = "--time-column", required = true, description = "Column of lifetimes (> 0).")
  String timeColumn;

  @Option(
      names = "--event-column",
      required = true,
      description = "Column saying whether churn was observed.")
  String eventColumn;

  @Option(
      names = "--event-value",
      required = true,
      description = "Value of the event column that means churn (e.g. 2 in R's lung data, or 1).")
  String eventValue;

  @Option(
      names = "--censored-value",
      description =
          "Value meaning still active (censored); default: the one other value found. Any third"
              + " value is an error.")
  @Nullable String censoredValue;

  SurvivalData read(List<String> covariates) throws IOException {
    try (CsvReader csv = CsvReader.open(input, CsvSettings.defaults(), RejectPolicy.failFast())) {
      CsvHeader h = csv.header();
      int time = h.require(timeColumn, "time");
      int event = h.require(eventColumn, "event");
      int[] cov = new int[covariates.size()];
      for (int k = 0; k < cov.length; k++) {
        cov[k] = h.require(covariates.get(k), "covariate");
      }
      SurvivalData.Builder b = SurvivalData.builder(covariates.toArray(new String[0]));
      String censored = censoredValue;
      double[] z = new double[cov.length];
      long events = 0;
      while (csv.next()) {
        CsvRecord row = csv.record();
        String e = row.stripped(event);
        boolean churned = e.equals(eventValue);
        if (churned) {
          events++;
        } else {
          if (censored == null && !e.isEmpty() && !e.equals("NA")) {
            censored = e;
          }
          if (!e.equals(censored)) {
            throw row.invalid(
                event,
                eventColumn
                    + " must be "
                    + eventValue
                    + " (event) or "
                    + (censored == null ? "one censoring value" : censored + " (censored)")
                    + "; declare --event-value and --censored-value");
          }
        }
        double t = row.doubleValue(time, timeColumn);
        if (!(t > 0)) {
          throw row.invalid(time, timeColumn + " must be > 0 (a lifetime)");
        }
        for (int k = 0; k < cov.length; k++) {
          String v = row.stripped(cov[k]);
          z[k] =
              v.isEmpty() || v.equals("NA")
                  ? Double.NaN
                  : row.doubleValue(cov[k], covariates.get(k) + " (NA or empty for missing)");
        }
        b.add(t, churned, z.clone());
        csv.accept();
      }
      if (csv.ingest().accepted() == 0) {
        throw new BadInputException(input + ": no rows after the header");
      }
      if (events == 0) {
        throw new BadInputException(
            input
                + ": no row has "
                + eventColumn
                + " '"
                + eventValue
                + "' (--event-value, the churn event)"
                + (censored == null ? "" : "; every row is '" + censored + "' (censored)"));
      }
      return b.build();
    }
  }
}
