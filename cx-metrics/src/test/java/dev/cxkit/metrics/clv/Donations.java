package dev.cxkit.metrics.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The donations data of Fader, Hardie &amp; Shang (2010): 11,104 first-time supporters of 1995 and
 * their repeat donations in 1996-2001, 22 weighted rows (see donations/SOURCE.md).
 */
final class Donations {
  private Donations() {}

  static DiscreteSummaries summaries() {
    DiscreteSummaries.Builder b = DiscreteSummaries.builder();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    Donations.class.getResourceAsStream(
                        "/dev/cxkit/metrics/clv/donations/donations.csv")),
                StandardCharsets.UTF_8))) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split(",");
        b.add(
            f[0] + "/" + f[1],
            Integer.parseInt(f[0]),
            Integer.parseInt(f[1]),
            Integer.parseInt(f[2]),
            Double.parseDouble(f[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.build();
  }
}
