package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The classic fit checks of buy-till-you-die models (Fader, Hardie &amp; Lee 2005, figures 2–4):
 * calibration-period repeat transactions by frequency against the model, holdout purchases by
 * calibration frequency, weekly tracking of cumulative and incremental repeat transactions, and the
 * frequency–recency P(alive) matrix. Each result is a table ({@code toString()} prints it) and the
 * input of cx-render's fit-check charts.
 *
 * <pre>{@code
 * FitChecks.Comparison freq = FitChecks.calibrationFrequencies(model, cbs, 7);
 * FitChecks.Comparison hold = FitChecks.holdoutByFrequency(model, cbs, 7);
 * FitChecks.Tracking weekly = FitChecks.tracking(model, log, split);
 * FitChecks.AliveMatrix alive = FitChecks.aliveMatrix(model, 38.86, 20, 20);
 * }</pre>
 */
public final class FitChecks {
  private FitChecks() {}

  /**
   * Actual against model values per group.
   *
   * @param what what is compared, e.g. "customers by calibration repeat transactions"
   * @param rows one row per group, in order
   */
  public record Comparison(String what, List<Row> rows) {
    /** Copies the rows. */
    public Comparison {
      checkNotNull(what, "what");
      rows = List.copyOf(rows);
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(what).append('\n');
      sb.append(
          String.format(
              Locale.ROOT, "%-8s %12s %12s %10s%n", "group", "actual", "model", "customers"));
      for (Row r : rows) {
        sb.append(
            String.format(
                Locale.ROOT,
                "%-8s %12.3f %12.3f %10.0f%n",
                r.label(),
                r.actual(),
                r.model(),
                r.customers()));
      }
      return sb.toString();
    }
  }

  /**
   * One group of a {@link Comparison}.
   *
   * @param label the group, e.g. "0", "1", …, "7+"
   * @param actual the observed value
   * @param model the model's value
   * @param customers customers in the group (weighted)
   */
  public record Row(String label, double actual, double model, double customers) {}

  /**
   * Customers by number of calibration-period repeat transactions, 0 .. {@code maxFrequency − 1}
   * and "{@code maxFrequency}+", observed against {@code Σ_i P(X(T_i) = x)} under the model.
   */
  public static Comparison calibrationFrequencies(
      TransactionModel model, CustomerSummaries s, int maxFrequency) {
    checkNotNull(model, "model");
    checkArgument(maxFrequency >= 1, "maxFrequency must be >= 1, was %s", maxFrequency);
    double[] actual = new double[maxFrequency + 1];
    double[] expected = new double[maxFrequency + 1];
    RowGroups ages = RowGroups.of(new int[s.size()], s.age, null);
    double[] weightOfAge = new double[ages.size()];
    for (int i = 0; i < s.size(); i++) {
      actual[Math.min(s.x[i], maxFrequency)] += s.weight[i];
      weightOfAge[ages.groupOfRow[i]] += s.weight[i];
    }
    for (int g = 0; g < ages.size(); g++) {
      double t = s.age[ages.representative[g]];
      double below = 0.0;
      for (int x = 0; x < maxFrequency; x++) {
        double p = model.probabilityOfTransactions(x, t);
        expected[x] += weightOfAge[g] * p;
        below += p;
      }
      expected[maxFrequency] += weightOfAge[g] * Math.max(0.0, 1.0 - below);
    }
    return comparison(
        "customers by calibration-period repeat transactions",
        actual,
        expected,
        actual,
        maxFrequency);
  }

  /** As above for BG/BB: {@code Σ_i P(X(n_i) = x)}. */
  public static Comparison calibrationFrequencies(BgBb model, DiscreteSummaries s) {
    checkNotNull(model, "model");
    int max = 0;
    for (int i = 0; i < s.size(); i++) {
      max = Math.max(max, s.n[i]);
    }
    double[] actual = new double[max + 1];
    double[] expected = new double[max + 1];
    for (int i = 0; i < s.size(); i++) {
      actual[s.x[i]] += s.weight[i];
      for (int x = 0; x <= s.n[i]; x++) {
        expected[x] += s.weight[i] * model.probabilityOfTransactions(x, s.n[i]);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int x = 0; x <= max; x++) {
      rows.add(new Row(Integer.toString(x), actual[x], expected[x], actual[x]));
    }
    return new Comparison("customers by repeat transactions", rows);
  }

  /**
   * Mean holdout purchases per customer by calibration frequency (0 .. {@code maxFrequency − 1},
   * "{@code maxFrequency}+"): actual {@code x*} against the model's {@code E[Y(t*) | x, t_x, T]}.
   *
   * @throws IllegalArgumentException if the summaries carry no holdout period
   */
  public static Comparison holdoutByFrequency(
      TransactionModel model, CustomerSummaries s, int maxFrequency) {
    checkNotNull(model, "model");
    checkArgument(s.hasHoldout(), "summaries must carry a holdout period, had none");
    checkArgument(maxFrequency >= 1, "maxFrequency must be >= 1, was %s", maxFrequency);
    double[] customers = new double[maxFrequency + 1];
    double[] actual = new double[maxFrequency + 1];
    double[] predicted = new double[maxFrequency + 1];
    double[] alive = new double[s.size()];
    double[] expected = new double[s.size()];
    predictAll(CountModelFamily.of(model), model, s, s.holdoutLength(), alive, expected);
    for (int i = 0; i < s.size(); i++) {
      int g = Math.min(s.x[i], maxFrequency);
      customers[g] += s.weight[i];
      actual[g] += s.weight[i] * s.holdoutX[i];
      predicted[g] += s.weight[i] * expected[i];
    }
    for (int g = 0; g <= maxFrequency; g++) {
      if (customers[g] > 0) {
        actual[g] /= customers[g];
        predicted[g] /= customers[g];
      }
    }
    return comparison(
        "mean holdout purchases per customer by calibration-period repeat transactions",
        actual,
        predicted,
        customers,
        maxFrequency);
  }

  private static <M extends TransactionModel> void predictAll(
      CountModelFamily<M> family,
      TransactionModel model,
      CustomerSummaries s,
      double horizon,
      double[] alive,
      double[] expected) {
    @SuppressWarnings("unchecked")
    M m = (M) model;
    BaseForecast.index(s).predict(family, m, s, horizon, null, alive, expected, null);
  }

  private static Comparison comparison(
      String what, double[] actual, double[] model, double[] customers, int max) {
    List<Row> rows = new ArrayList<>();
    for (int g = 0; g <= max; g++) {
      rows.add(
          new Row(g == max ? max + "+" : Integer.toString(g), actual[g], model[g], customers[g]));
    }
    return new Comparison(what, rows);
  }

  /**
   * Repeat transactions of a cohort per period (the summaries' time unit, e.g. weeks) since its
   * earliest first purchase, actual and model ({@code Σ_i E[X(t − b_i)]} with {@code b_i} each
   * customer's first purchase), incremental and cumulative.
   *
   * @param periodEnds end of each period in units since the earliest first purchase: 1, 2, …
   * @param actual repeat transactions in each period (incremental)
   * @param model the model's expected repeat transactions in each period
   * @param calibrationEnd time of the end of calibration in the same units
   */
  public record Tracking(
      double[] periodEnds, double[] actual, double[] model, double calibrationEnd) {
    /** Copies the arrays and checks their lengths. */
    public Tracking {
      checkArgument(
          actual.length == periodEnds.length && model.length == periodEnds.length,
          "periodEnds, actual and model must have equal lengths, were %s, %s, %s",
          periodEnds.length,
          actual.length,
          model.length);
      periodEnds = periodEnds.clone();
      actual = actual.clone();
      model = model.clone();
    }

    /** Running sum of {@link #actual()}. */
    public double[] cumulativeActual() {
      return cumulative(actual);
    }

    /** Running sum of {@link #model()}. */
    public double[] cumulativeModel() {
      return cumulative(model);
    }

    private static double[] cumulative(double[] v) {
      double[] c = v.clone();
      for (int i = 1; i < c.length; i++) {
        c[i] += c[i - 1];
      }
      return c;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Tracking t
          && Arrays.equals(periodEnds, t.periodEnds)
          && Arrays.equals(actual, t.actual)
          && Arrays.equals(model, t.model)
          && calibrationEnd == t.calibrationEnd;
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(actual) * 31 + Arrays.hashCode(model);
    }

    @Override
    public String toString() {
      StringBuilder sb =
          new StringBuilder("repeat transactions per period (calibration ends at ")
              .append(calibrationEnd)
              .append(")\n");
      sb.append(
          String.format(
              Locale.ROOT,
              "%-7s %10s %10s %12s %12s%n",
              "period",
              "actual",
              "model",
              "cum_actual",
              "cum_model"));
      double[] ca = cumulativeActual();
      double[] cm = cumulativeModel();
      for (int i = 0; i < periodEnds.length; i++) {
        sb.append(
            String.format(
                Locale.ROOT,
                "%-7.0f %10.1f %10.1f %12.1f %12.1f%n",
                periodEnds[i],
                actual[i],
                model[i],
                ca[i],
                cm[i]));
      }
      return sb.toString();
    }
  }

  /**
   * Weekly (per time unit of {@code split}) tracking of a purchase log: each customer's first
   * purchase starts her clock; purchases on later days are repeat transactions (several on one day
   * count once, as in {@link CalibrationSplit}); periods run from the earliest first purchase to
   * the end of the holdout.
   */
  public static Tracking tracking(
      TransactionModel model, Transactions log, CalibrationSplit split) {
    checkNotNull(model, "model");
    checkNotNull(log, "log");
    checkNotNull(split, "split");
    int customers = log.customerCount();
    int[] first = new int[customers];
    Arrays.fill(first, Integer.MAX_VALUE);
    for (int i = 0; i < log.size(); i++) {
      first[log.customer[i]] = Math.min(first[log.customer[i]], log.epochDay[i]);
    }
    int origin = Integer.MAX_VALUE;
    for (int f : first) {
      origin = Math.min(origin, f);
    }
    double unit = split.daysPerUnit();
    int holdEnd = (int) split.holdoutEnd().toEpochDay();
    int periods = (int) Math.ceil((holdEnd - origin) / unit);
    checkArgument(
        periods >= 1, "the log must span at least one period, spans %s days", holdEnd - origin);
    double[] ends = new double[periods];
    double[] actual = new double[periods];
    double[] expected = new double[periods];
    for (int k = 0; k < periods; k++) {
      ends[k] = k + 1;
    }
    // distinct (customer, day) pairs after the first day
    long[] keys = new long[log.size()];
    for (int i = 0; i < log.size(); i++) {
      keys[i] = ((long) log.customer[i] << 32) | (log.epochDay[i] - (long) Integer.MIN_VALUE);
    }
    Arrays.sort(keys);
    for (int i = 0; i < keys.length; i++) {
      if (i > 0 && keys[i] == keys[i - 1]) {
        continue;
      }
      int c = (int) (keys[i] >>> 32);
      int day = (int) ((keys[i] & 0xFFFFFFFFL) + Integer.MIN_VALUE);
      if (day == first[c] || day > holdEnd) {
        continue;
      }
      int k = (int) Math.ceil((day - origin) / unit) - 1;
      actual[Math.min(Math.max(k, 0), periods - 1)]++;
    }
    int[] births = first.clone();
    Arrays.sort(births);
    double previousTotal = 0.0;
    double[] cumulative = new double[periods];
    for (int k = 0; k < periods; k++) {
      double t = ends[k];
      double total = 0.0;
      int j = 0;
      while (j < births.length) {
        int b = births[j];
        int run = j;
        while (run < births.length && births[run] == b) {
          run++;
        }
        double age = t - (b - origin) / unit;
        if (age <= 0) {
          break;
        }
        total += (run - j) * model.expectedTransactions(age);
        j = run;
      }
      cumulative[k] = total;
      expected[k] = total - previousTotal;
      previousTotal = total;
    }
    double calibrationEnd = ((int) split.calibrationEnd().toEpochDay() - origin) / unit;
    return new Tracking(ends, actual, expected, calibrationEnd);
  }

  /**
   * P(alive) over a grid of frequency and recency for customers of age {@code T}: rows {@code x = 0
   * .. maxFrequency}, columns {@code t_x} at {@code recencySteps + 1} evenly spaced points of [0,
   * T] (for x = 0 only t_x = 0 is a valid history: its other cells repeat that value).
   *
   * @param frequencies the row values x
   * @param recencies the column values t_x
   * @param values {@code values[row][column]}
   * @param age the age T shared by the grid
   */
  public record AliveMatrix(int[] frequencies, double[] recencies, double[][] values, double age) {
    /** Copies the arrays. */
    public AliveMatrix {
      frequencies = frequencies.clone();
      recencies = recencies.clone();
      double[][] copy = new double[values.length][];
      for (int i = 0; i < values.length; i++) {
        copy[i] = values[i].clone();
      }
      values = copy;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof AliveMatrix m
          && Arrays.equals(frequencies, m.frequencies)
          && Arrays.equals(recencies, m.recencies)
          && Arrays.deepEquals(values, m.values)
          && age == m.age;
    }

    @Override
    public int hashCode() {
      return Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
      StringBuilder sb =
          new StringBuilder("P(alive) by frequency (rows) and recency (columns), T=" + age + "\n");
      sb.append(String.format(Locale.ROOT, "%6s", "x\\t_x"));
      for (double r : recencies) {
        sb.append(String.format(Locale.ROOT, " %6.1f", r));
      }
      sb.append('\n');
      for (int i = 0; i < frequencies.length; i++) {
        sb.append(String.format(Locale.ROOT, "%6d", frequencies[i]));
        for (double v : values[i]) {
          sb.append(String.format(Locale.ROOT, " %6.3f", v));
        }
        sb.append('\n');
      }
      return sb.toString();
    }
  }

  /** The P(alive) matrix of a transaction model; see {@link AliveMatrix}. */
  public static AliveMatrix aliveMatrix(
      TransactionModel model, double age, int maxFrequency, int recencySteps) {
    checkNotNull(model, "model");
    checkArgument(Double.isFinite(age) && age > 0, "age must be finite and > 0, was %s", age);
    checkArgument(maxFrequency >= 1, "maxFrequency must be >= 1, was %s", maxFrequency);
    checkArgument(recencySteps >= 1, "recencySteps must be >= 1, was %s", recencySteps);
    int[] xs = new int[maxFrequency + 1];
    double[] rs = new double[recencySteps + 1];
    double[][] v = new double[maxFrequency + 1][recencySteps + 1];
    for (int j = 0; j <= recencySteps; j++) {
      rs[j] = age * j / recencySteps;
    }
    for (int x = 0; x <= maxFrequency; x++) {
      xs[x] = x;
      for (int j = 0; j <= recencySteps; j++) {
        double tx = x == 0 ? 0.0 : Math.max(rs[j], age * 1e-9);
        v[x][j] = model.probabilityAlive(x, tx, age);
      }
    }
    return new AliveMatrix(xs, rs, v, age);
  }

  /** The P(alive at n+1) matrix of BG/BB for {@code n} opportunities: x, t_x = 0 .. n. */
  public static AliveMatrix aliveMatrix(BgBb model, int n) {
    checkNotNull(model, "model");
    checkArgument(n >= 1, "n must be >= 1, was %s", n);
    int[] xs = new int[n + 1];
    double[] rs = new double[n + 1];
    double[][] v = new double[n + 1][n + 1];
    for (int x = 0; x <= n; x++) {
      xs[x] = x;
      rs[x] = x;
      for (int tx = 0; tx <= n; tx++) {
        int r = x == 0 ? 0 : Math.max(tx, x);
        v[x][tx] = model.probabilityAlive(x, r, n);
      }
    }
    return new AliveMatrix(xs, rs, v, n);
  }
}
