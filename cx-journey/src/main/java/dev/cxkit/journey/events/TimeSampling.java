package dev.cxkit.journey.events;

import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.Rejection;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads the first rows of an input twice: once to sample the time values a {@link TimeFormat#detect
 * detected} format is resolved from, then for real. The sample is taken from a window of at most
 * {@value #WINDOW} bytes of a marked {@link BufferedInputStream}, so memory stays bounded and any
 * stream works.
 */
final class TimeSampling {
  /** Rows sampled. */
  static final int ROWS = 100;

  /** Bytes sampled at most. */
  static final int WINDOW = 1 << 20;

  private TimeSampling() {}

  /** Something that collects up to {@link #ROWS} time values from the start of an input. */
  interface Sampler {
    List<String> sample(InputStream window) throws IOException;
  }

  /** A marked stream and the samples taken from its start; reading it starts over. */
  record Sampled(BufferedInputStream input, List<String> samples) {}

  static Sampled sample(InputStream in, Sampler sampler) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(WINDOW + (1 << 17));
    List<String> samples;
    try {
      samples = sampler.sample(window(buffered));
    } finally {
      buffered.reset();
    }
    return new Sampled(buffered, samples);
  }

  /** The resolved format, or an error naming the values the format was detected from. */
  static TimeFormat resolve(
      TimeFormat format, List<String> samples, String source, String column, long line)
      throws IngestException {
    TimeFormat resolved = format.resolve(samples);
    if (resolved != null) {
      return resolved;
    }
    String first = samples.stream().filter(s -> !s.isBlank()).findFirst().orElse("");
    throw new IngestException(
        new Rejection(
            source,
            Math.max(1, line),
            0,
            column,
            first,
            "the time values of the first "
                + samples.size()
                + " rows match no known format (ISO-8601 date-time with or without zone, ISO-8601"
                + " date, yyyy-MM-dd HH:mm:ss, epoch seconds or milliseconds): give the time"
                + " format (--time-format)"));
  }

  /** The note an ingest report carries about the format used. */
  static String note(TimeFormat requested, TimeFormat used, int samples) {
    return requested.isDetected()
        ? "time format: " + used.describe() + " (detected from the first " + samples + " rows)"
        : "time format: " + used.describe();
  }

  /**
   * Fails when every record read was rejected by the time rule alone: a given (or detected) format
   * that reads none of the rows is an error, not an empty result.
   */
  static void requireSomeTimeRead(dev.cxkit.model.csv.IngestReport report, TimeFormat used)
      throws IngestException {
    String rule = "time must be " + used.describe();
    if (report.read() > 0
        && report.accepted() == 0
        && report.rejectedByRule().keySet().equals(java.util.Set.of(rule))) {
      throw new IngestException(
          report.rejections().get(0),
          " (the time format "
              + used.describe()
              + " read none of the "
              + report.read()
              + " records: give the format the file is written in)");
    }
  }

  private static InputStream window(InputStream in) {
    return new InputStream() {
      private long left = WINDOW;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          return -1;
        }
        int c = in.read();
        if (c >= 0) {
          left--;
        }
        return c;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, left));
        if (n > 0) {
          left -= n;
        }
        return n;
      }
    };
  }
}
