package dev.cxkit.model.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads whole inputs into lists of records, for the core's tests. */
final class CsvTesting {
  private CsvTesting() {}

  /** Records (header excluded) of {@code text} read with {@code settings}, under fail-fast. */
  static List<List<String>> records(String text, CsvSettings settings) throws IOException {
    return records(bytes(text), settings, Integer.MAX_VALUE);
  }

  static List<List<String>> records(byte[] input, CsvSettings settings, int readSize)
      throws IOException {
    try (CsvReader csv =
        CsvReader.of(trickle(input, readSize), "test.csv", settings, RejectPolicy.failFast())) {
      return all(csv);
    }
  }

  static List<List<String>> all(CsvReader csv) throws IOException {
    List<List<String>> out = new ArrayList<>();
    while (csv.next()) {
      CsvRecord r = csv.record();
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < r.fieldCount(); i++) {
        fields.add(r.text(i));
      }
      out.add(fields);
      csv.accept();
    }
    return out;
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** An input stream that returns at most {@code readSize} bytes per read. */
  static InputStream trickle(byte[] input, int readSize) {
    return new ByteArrayInputStream(input) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, readSize));
      }
    };
  }

  /** {@code n} bytes of {@code b} without end, never held in memory. */
  static InputStream endless(byte b, long n) {
    return new InputStream() {
      long left = n;

      @Override
      public int read() {
        if (left <= 0) {
          return -1;
        }
        left--;
        return b & 0xFF;
      }

      @Override
      public int read(byte[] into, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int k = (int) Math.min(len, left);
        java.util.Arrays.fill(into, off, off + k, b);
        left -= k;
        return k;
      }
    };
  }
}
