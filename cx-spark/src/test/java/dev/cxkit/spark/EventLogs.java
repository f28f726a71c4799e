package dev.cxkit.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A generated event log: customers with several visits separated by gaps of minutes to days,
 * channels and touchpoints drawn per customer with skew, an "order" event type as goal, identical
 * timestamps within a customer (to exercise the tie-break) and a few unreadable rows.
 */
final class EventLogs {
  static final String[] CHANNELS = {
    "search", "social", "email", "display", "direct", "affiliate", "video", "referral"
  };
  static final String[] TOUCHPOINTS = {
    "home", "product", "cart", "checkout", "help", "blog", "account", "promo", "store", "app"
  };

  /** The generated table's columns: customer, time (epoch ms), touchpoint, channel, type. */
  static final StructType SCHEMA =
      new StructType()
          .add("customer", DataTypes.StringType)
          .add("time", DataTypes.LongType)
          .add("touchpoint", DataTypes.StringType)
          .add("channel", DataTypes.StringType)
          .add("type", DataTypes.StringType);

  /** Bad rows appended at the end: missing customer, missing touchpoint, unparsable time. */
  static final int BAD_ROWS = 3;

  private EventLogs() {}

  /** Receives one generated event. */
  @FunctionalInterface
  interface EventConsumer {
    void event(String customer, long time, String touchpoint, String channel, String type);
  }

  /** {@code events} rows (customer, epoch millis, touchpoint, channel, type) plus the bad rows. */
  static List<Row> generate(int events, long seed) {
    List<Row> rows = new ArrayList<>(events + BAD_ROWS);
    forEach(events, seed, (c, t, tp, ch, ty) -> rows.add(RowFactory.create(c, t, tp, ch, ty)));
    long base = 1_700_000_000_000L;
    rows.add(RowFactory.create(null, base, "home", "email", "view"));
    rows.add(RowFactory.create("c1", base, null, "email", "view"));
    rows.add(RowFactory.create("c1", null, "home", "email", "view"));
    return rows;
  }

  /** Streams {@code events} good events, customer by customer, without holding them. */
  static void forEach(long events, long seed, EventConsumer out) {
    Random rnd = new Random(seed);
    long base = 1_700_000_000_000L;
    long emitted = 0;
    int customer = 0;
    while (emitted < events) {
      String c = "c" + customer++;
      long t = base + (long) (rnd.nextDouble() * 30L * 86_400_000L);
      int n = 1 + (int) Math.min(60, -Math.log(rnd.nextDouble()) * 8);
      int favourite = rnd.nextInt(CHANNELS.length);
      for (int i = 0; i < n && emitted < events; i++) {
        int gapKind = rnd.nextInt(10);
        long gap =
            gapKind == 0
                ? 0 // a tie
                : gapKind < 7
                    ? 1_000L * (1 + rnd.nextInt(600))
                    : 60_000L * (31 + rnd.nextInt(3 * 24 * 60));
        t += gap;
        String channel =
            rnd.nextInt(3) == 0 ? CHANNELS[rnd.nextInt(CHANNELS.length)] : CHANNELS[favourite];
        String tp = TOUCHPOINTS[rnd.nextInt(TOUCHPOINTS.length)];
        String type = rnd.nextInt(12) == 0 ? "order" : rnd.nextBoolean() ? "view" : "click";
        out.event(c, t, tp, channel, type);
        emitted++;
      }
    }
  }
}
