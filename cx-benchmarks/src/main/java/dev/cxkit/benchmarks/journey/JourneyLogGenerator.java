package dev.cxkit.benchmarks.journey;

import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.events.EventSink;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A seeded event-log generator from a Markov model of a journey map: 20 touchpoints in 6 channels
 * and 4 stages; after each touch the journey converts (probability rising with the stage), exits,
 * or moves to the next touchpoint drawn from a fixed random transition row. Customers have one to
 * three journeys separated by hours to days; touches within a journey are seconds to 20 minutes
 * apart, with 5% identical timestamps. Output is sorted by customer, then time.
 *
 * <pre>{@code
 * JourneyLogGenerator g = new JourneyLogGenerator(42);
 * g.generate(10_000_000, sink);            // ids interned in g.dictionaries()
 * g.writeCsv(Path.of("events.csv"), 10_000_000);
 * }</pre>
 */
public final class JourneyLogGenerator {
  /** Touchpoints in the model. */
  public static final int TOUCHPOINTS = 20;

  /** The goal touchpoint (event type "order"). */
  public static final int PURCHASE = TOUCHPOINTS - 1;

  private static final String[] CHANNELS = {"web", "app", "email", "store", "call", "social"};
  private static final String[] STAGES = {"awareness", "consideration", "purchase", "service"};

  private final long seed;
  private final double[][] cumulative = new double[TOUCHPOINTS][TOUCHPOINTS - 1];
  private final int[] channelOf = new int[TOUCHPOINTS];
  private final int[] stageOf = new int[TOUCHPOINTS];
  private final int[] typeOf = new int[TOUCHPOINTS];
  private final EventDictionaries dictionaries = new EventDictionaries();

  /** A generator with model and event stream fixed by {@code seed}. */
  public JourneyLogGenerator(long seed) {
    this.seed = seed;
    SplittableRandom r = new SplittableRandom(seed);
    for (int t = 0; t < TOUCHPOINTS; t++) {
      double sum = 0;
      for (int u = 0; u < TOUCHPOINTS - 1; u++) {
        double w = r.nextDouble() * (u == t ? 0.3 : 1.0) * (u / 5 >= t / 5 ? 2.0 : 0.5);
        sum += w;
        cumulative[t][u] = sum;
      }
      for (int u = 0; u < TOUCHPOINTS - 1; u++) {
        cumulative[t][u] /= sum;
      }
      channelOf[t] = t == PURCHASE ? 0 : r.nextInt(CHANNELS.length);
      stageOf[t] = Math.min(3, t / 5);
      typeOf[t] = t == PURCHASE ? 1 : 0;
    }
    for (int t = 0; t < TOUCHPOINTS; t++) {
      dictionaries.touchpoints().intern(String.format(java.util.Locale.ROOT, "tp%02d", t));
    }
    for (String c : CHANNELS) {
      dictionaries.channels().intern(c);
    }
    for (String s : STAGES) {
      dictionaries.stages().intern(s);
    }
    dictionaries.types().intern("touch");
    dictionaries.types().intern("order");
  }

  /** Dictionaries naming touchpoints, channels, types and stages (customers are not interned). */
  public EventDictionaries dictionaries() {
    return dictionaries;
  }

  /** Channel id of touchpoint id {@code t}. */
  public int channelOf(int t) {
    return channelOf[t];
  }

  /** Stage id of touchpoint id {@code t}. */
  public int stageOf(int t) {
    return stageOf[t];
  }

  /** Type id of touchpoint id {@code t} (1 = "order"). */
  public int typeOf(int t) {
    return typeOf[t];
  }

  /** Receives generated events with customer ids 0, 1, 2, ... */
  @FunctionalInterface
  public interface Consumer {
    /** One event. */
    void event(int customer, long time, int touchpoint);
  }

  /** Generates exactly {@code events} events in customer-then-time order. */
  public void generate(int events, Consumer out) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    long base = 1_700_000_000_000L;
    int n = 0;
    int customer = 0;
    while (n < events) {
      long t = base + r.nextLong(30L * 86_400_000L);
      int journeys = 1 + r.nextInt(3);
      for (int j = 0; j < journeys && n < events; j++) {
        int tp = r.nextInt(10);
        while (n < events) {
          out.event(customer, t, tp);
          n++;
          if (tp == PURCHASE) {
            break;
          }
          double u = r.nextDouble();
          double convert = 0.02 + 0.03 * stageOf[tp];
          if (u < convert) {
            tp = PURCHASE;
          } else if (u < convert + 0.16) {
            break;
          } else {
            double v = r.nextDouble();
            int next = 0;
            while (next < TOUCHPOINTS - 2 && cumulative[tp][next] < v) {
              next++;
            }
            tp = next;
          }
          t += r.nextInt(20) == 0 ? 0 : 1_000L + r.nextLong(1_200_000L);
        }
        t += 3_600_000L + r.nextLong(5L * 86_400_000L);
      }
      customer++;
    }
  }

  /** Generates into an {@link EventSink} (touchpoint, channel, type and stage ids). */
  public void generate(int events, EventSink sink) {
    generate(events, (c, t, tp) -> sink.accept(c, t, tp, channelOf[tp], typeOf[tp], stageOf[tp]));
  }

  /**
   * Writes {@code events} events as CSV with header {@code customer,time,touchpoint,channel,type}
   * and epoch-millisecond times.
   */
  public void writeCsv(Path file, int events) throws IOException {
    byte[][] tp = new byte[TOUCHPOINTS][];
    for (int t = 0; t < TOUCHPOINTS; t++) {
      tp[t] =
          (","
                  + dictionaries.touchpoints().name(t)
                  + ","
                  + CHANNELS[channelOf[t]]
                  + ","
                  + (typeOf[t] == 1 ? "order" : "touch")
                  + "\n")
              .getBytes(StandardCharsets.US_ASCII);
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      out.write("customer,time,touchpoint,channel,type\n".getBytes(StandardCharsets.US_ASCII));
      byte[] line = new byte[64];
      generate(
          events,
          (c, t, p) -> {
            try {
              int len = 0;
              line[len++] = 'c';
              len = digits(line, len, c);
              line[len++] = ',';
              len = digits(line, len, t);
              out.write(line, 0, len);
              out.write(tp[p]);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    }
  }

  private static int digits(byte[] b, int pos, long v) {
    String s = Long.toString(v);
    for (int i = 0; i < s.length(); i++) {
      b[pos++] = (byte) s.charAt(i);
    }
    return pos;
  }
}
