package dev.cxkit.metrics.retention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * R's NCCTG lung data (survival package, LGPL; test resource only, see lung/SOURCE.md): 228
 * patients, time in days, status 1 = censored and 2 = dead, {@code NA} for missing values.
 */
final class Lung {
  private Lung() {}

  static List<String[]> rows() {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    Lung.class.getResourceAsStream("/dev/cxkit/metrics/retention/lung/lung.csv")),
                StandardCharsets.UTF_8))) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        rows.add(line.split(",", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static final List<String> HEADER =
      List.of(
          "inst",
          "time",
          "status",
          "age",
          "sex",
          "ph.ecog",
          "ph.karno",
          "pat.karno",
          "meal.cal",
          "wt.loss");

  /** Survival data with the given covariates ("NA" becomes NaN: the row is left out). */
  static SurvivalData data(String... covariates) {
    SurvivalData.Builder b = SurvivalData.builder(covariates);
    for (String[] f : rows()) {
      double[] z = new double[covariates.length];
      for (int k = 0; k < covariates.length; k++) {
        String v = f[HEADER.indexOf(covariates[k])];
        z[k] = v.equals("NA") ? Double.NaN : Double.parseDouble(v);
      }
      b.add(Double.parseDouble(f[1]), f[2].equals("2"), z);
    }
    return b.build();
  }
}
