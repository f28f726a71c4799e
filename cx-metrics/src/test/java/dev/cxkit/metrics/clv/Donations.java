package dev.cxkit.metrics.clv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The donations data of Fader, Hardie &amp; Shang (2010): 11,104 first-time supporters of 1995 and
 * their repeat donations in 1996-2001, 22 weighted rows (see donations/SOURCE.md).
 */
final class Donations {
  private Donations() {}

  static DiscreteSummaries summaries() {
    try (InputStream in =
        Objects.requireNonNull(
            Donations.class.getResourceAsStream(
                "/dev/cxkit/metrics/clv/donations/donations.csv"))) {
      return DiscreteSummaryFormat.standard().read(in, "donations.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
