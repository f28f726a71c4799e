package dev.cxkit.journey.paths;

import dev.cxkit.journey.assembly.Distribution;
import dev.cxkit.journey.assembly.JourneySink;
import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.internal.Growth;
import java.util.Arrays;

/**
 * Journey length (touches), journey duration and time to conversion (from the first touch to the
 * first goal event, converted journeys only), accumulated as a {@link JourneySink}.
 *
 * <pre>{@code
 * JourneyDistributions d = JourneyDistributions.of(journeys);
 * d.timeToConversion().median();   // milliseconds
 * d.lengthHistogram()[3];          // journeys with exactly 3 touches
 * }</pre>
 */
public final class JourneyDistributions implements JourneySink {
  private long[] lengths = new long[256];
  private long[] durations = new long[256];
  private long[] toConversion = new long[256];
  private long[] histogram = new long[16];
  private int journeys;
  private int converted;

  /** An empty accumulator. */
  public JourneyDistributions() {}

  /** The distributions of {@code journeys}. */
  public static JourneyDistributions of(Journeys journeys) {
    JourneyDistributions d = new JourneyDistributions();
    journeys.forEach(d);
    return d;
  }

  @Override
  public void journey(JourneyView j) {
    int len = j.length();
    lengths = Growth.ensure(lengths, journeys + 1);
    durations = Growth.ensure(durations, journeys + 1);
    lengths[journeys] = len;
    durations[journeys] = j.time(len - 1) - j.time(0);
    journeys++;
    histogram = Growth.ensure(histogram, len + 1);
    histogram[len]++;
    int c = j.conversionIndex();
    if (c >= 0) {
      toConversion = Growth.ensure(toConversion, converted + 1);
      toConversion[converted++] = j.time(c) - j.time(0);
    }
  }

  /** Touches per journey. */
  public Distribution length() {
    return Distribution.of(lengths, journeys);
  }

  /** Milliseconds from first to last touch. */
  public Distribution duration() {
    return Distribution.of(durations, journeys);
  }

  /** Milliseconds from first touch to the goal, converted journeys only. */
  public Distribution timeToConversion() {
    return Distribution.of(toConversion, converted);
  }

  /** Element {@code k}: journeys with exactly {@code k} touches (element 0 is always 0). */
  public long[] lengthHistogram() {
    int last = histogram.length - 1;
    while (last > 0 && histogram[last] == 0) {
      last--;
    }
    return Arrays.copyOf(histogram, last + 1);
  }

  @Override
  public String toString() {
    return "JourneyDistributions[journeys=" + journeys + ", converted=" + converted + "]";
  }
}
