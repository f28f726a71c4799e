package dev.cxkit.examples;

import dev.cxkit.journey.attribution.AttributionModel;
import dev.cxkit.journey.attribution.AttributionResult;
import dev.cxkit.journey.attribution.MarkovAttribution;
import dev.cxkit.journey.attribution.MarkovResult;
import dev.cxkit.journey.attribution.PathTableReader;
import dev.cxkit.journey.paths.PathTable;
import java.io.IOException;
import java.util.Locale;

/**
 * Which channels earn the conversions? ChannelAttribution's example path table (10,000 rows, GPL-3
 * data read from {@code cx-examples/data}) is attributed by the Markov removal effect and, for
 * contrast, by last touch: last touch over-credits closers, the Markov chain credits channels by
 * how much conversion is lost when they are removed.
 */
public final class ChannelAttributionMarkov {
  private ChannelAttributionMarkov() {}

  /** Prints Markov and last-touch credit per channel. */
  public static void main(String[] args) throws IOException {
    PathTable table =
        PathTableReader.channelAttribution()
            .read(ExampleData.file("attribution/channelattribution_Data.csv"));
    MarkovResult markov = MarkovAttribution.builder().order(1).build().analyze(table);
    AttributionResult last = AttributionModel.lastTouch().attribute(table);
    System.out.println(
        String.format(
            Locale.ROOT,
            "%d conversions; P(convert) from start %.4f",
            table.totalConversions(),
            markov.conversionProbability()));
    for (String channel : table.channels()) {
      System.out.println(
          String.format(
              Locale.ROOT,
              "%-8s markov %8.1f  last-touch %8.1f  removal effect %.3f",
              channel,
              markov.attribution().conversions(channel),
              last.conversions(channel),
              markov.removalEffect(channel)));
    }
  }
}
