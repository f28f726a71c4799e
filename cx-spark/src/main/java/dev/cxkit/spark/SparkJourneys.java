package dev.cxkit.spark;

import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.journey.assembly.StreamingAssembler;
import dev.cxkit.journey.events.EventDictionaries;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.jspecify.annotations.Nullable;

/**
 * Journeys from an event table: the columns are read in Spark SQL (times cast to epoch
 * milliseconds), Spark groups the events by customer and sorts each customer's events by time
 * ({@code flatMapSortedGroups}), and cx-journey's {@link StreamingAssembler} cuts them with its
 * {@link SplitRules}, one customer at a time, so a task holds one customer's events at most. Events
 * with the same time are ordered by touchpoint, type, channel and stage name (cx-journey's {@link
 * dev.cxkit.journey.events.TieBreak#CONTENT}), so the journeys do not depend on partitioning or
 * input order.
 *
 * <pre>{@code
 * Dataset<Row> events = spark.read().parquet("events.parquet");
 * JourneyTable t = SparkJourneys.assemble(events,
 *     EventColumns.of("customer", "time", "touchpoint").withChannel("channel").withType("type"),
 *     JourneyRules.none().withInactivityGap(Duration.ofMinutes(30))
 *         .withGoal(Dimension.TYPE, true, "order"));
 * t.journeys().write().parquet("journeys.parquet");
 * PathTable paths = SparkPaths.pathTable(t.journeys(), Dimension.CHANNEL);
 * }</pre>
 */
public final class SparkJourneys {
  static final String MISSING_CUSTOMER = "missing customer";
  static final String MISSING_TOUCHPOINT = "missing touchpoint";
  static final String BAD_TIME = "unparsable time";

  /** {@link #parseTime} as a SQL function of text. */
  private static final UserDefinedFunction PARSE_TIME =
      functions.udf((UDF1<String, Long>) SparkJourneys::parseTime, DataTypes.LongType);

  private SparkJourneys() {}

  /**
   * The journeys of {@code events} under {@code rules}; unreadable rows are counted in {@link
   * JourneyTable#rejections()}.
   *
   * @throws IllegalArgumentException if a named column does not exist
   */
  public static JourneyTable assemble(
      Dataset<Row> events, EventColumns columns, JourneyRules rules) {
    RejectionCounter rejected =
        RejectionCounter.registered(events.sparkSession(), "cx rejected events");
    Dataset<Row> read = events(events, columns);
    Dataset<JourneyRow> journeys =
        read.groupBy(functions.col("customer"))
            .as(Encoders.STRING(), Encoders.row(read.schema()))
            .flatMapSortedGroups(
                new Column[] {
                  functions.col("time"),
                  functions.col("touchpoint"),
                  functions.col("type"),
                  functions.col("channel"),
                  functions.col("stage")
                },
                new Assemble(rules, rejected),
                Encoders.bean(JourneyRow.class));
    return new JourneyTable(journeys, rejected);
  }

  /**
   * The event table's columns read in SQL, no Java per row: customer, epoch milliseconds (null if
   * unreadable), touchpoint, channel, type and stage (empty when the table has no such column),
   * plus {@code timeText}, the time as written, when times are text (for the examples of rejected
   * rows). Whole-number columns are epoch milliseconds, timestamp and date columns are converted by
   * Spark, anything else is read as text by {@link #parseTime}.
   */
  static Dataset<Row> events(Dataset<Row> events, EventColumns columns) {
    Columns.require(events, "customer column", columns.customer());
    Columns.require(events, "time column", columns.time());
    Columns.require(events, "touchpoint column", columns.touchpoint());
    DataType timeType = events.schema().apply(columns.time()).dataType();
    Column raw = functions.col(columns.time());
    boolean text = false;
    Column time;
    if (timeType.equals(DataTypes.LongType)
        || timeType.equals(DataTypes.IntegerType)
        || timeType.equals(DataTypes.ShortType)
        || timeType.equals(DataTypes.ByteType)) {
      time = raw.cast("long");
    } else if (timeType.equals(DataTypes.TimestampType)
        || timeType.equals(DataTypes.DateType)
        || timeType.equals(DataTypes.TimestampNTZType)) {
      time = functions.unix_millis(raw.cast("timestamp"));
    } else {
      text = true;
      time = PARSE_TIME.apply(raw.cast("string"));
    }
    List<Column> select = new ArrayList<>(7);
    select.add(functions.col(columns.customer()).cast("string").as("customer"));
    select.add(time.as("time"));
    select.add(functions.col(columns.touchpoint()).cast("string").as("touchpoint"));
    select.add(optional(events, "channel column", columns.channel()).as("channel"));
    select.add(optional(events, "type column", columns.type()).as("type"));
    select.add(optional(events, "stage column", columns.stage()).as("stage"));
    if (text) {
      select.add(raw.cast("string").as("timeText"));
    }
    return events.select(select.toArray(new Column[0]));
  }

  private static Column optional(Dataset<Row> events, String role, @Nullable String column) {
    if (column == null) {
      return functions.lit("");
    }
    Columns.require(events, role, column);
    return functions.coalesce(functions.col(column).cast("string"), functions.lit(""));
  }

  /** Epoch milliseconds from whole-number text or an ISO-8601 instant; null if neither. */
  static @Nullable Long parseTime(@Nullable String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.strip();
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      try {
        return Instant.parse(v).toEpochMilli();
      } catch (DateTimeParseException | ArithmeticException e2) {
        return null;
      }
    }
  }

  /**
   * One customer's sorted events through cx-journey's streaming assembler; rows without customer,
   * touchpoint or readable time are counted, not assembled.
   */
  static final class Assemble implements FlatMapGroupsFunction<String, Row, JourneyRow> {
    private static final long serialVersionUID = 1L;
    private final JourneyRules rules;
    private final RejectionCounter rejected;
    private transient @Nullable EventDictionaries dict;
    private transient @Nullable SplitRules split;

    Assemble(JourneyRules rules, RejectionCounter rejected) {
      this.rules = rules;
      this.rejected = rejected;
    }

    @Override
    public Iterator<JourneyRow> call(@Nullable String customer, Iterator<Row> events) {
      if (customer == null || customer.isEmpty()) {
        events.forEachRemaining(r -> rejected.reject(MISSING_CUSTOMER, r::toString));
        return List.<JourneyRow>of().iterator();
      }
      EventDictionaries d = dict;
      SplitRules s = split;
      if (d == null || s == null) {
        d = new EventDictionaries();
        s = rules.toSplitRules(d);
        dict = d;
        split = s;
      }
      EventDictionaries names = d;
      List<JourneyRow> out = new ArrayList<>();
      StreamingAssembler asm =
          new StreamingAssembler(s, view -> out.add(row(customer, out.size(), view, names)));
      while (events.hasNext()) {
        Row e = events.next();
        String tp = e.getString(2);
        if (tp == null || tp.isEmpty()) {
          rejected.reject(MISSING_TOUCHPOINT, e::toString);
        } else if (e.isNullAt(1)) {
          rejected.reject(BAD_TIME, e::toString);
        } else {
          asm.accept(
              0,
              e.getLong(1),
              d.touchpoints().intern(tp),
              d.channels().intern(e.getString(3)),
              d.types().intern(e.getString(4)),
              d.stages().intern(e.getString(5)));
        }
      }
      asm.finish();
      return out.iterator();
    }

    static JourneyRow row(String customer, int index, JourneyView v, EventDictionaries d) {
      int n = v.length();
      String[] tp = new String[n];
      String[] ch = new String[n];
      String[] ty = new String[n];
      String[] st = new String[n];
      long[] times = new long[n];
      for (int i = 0; i < n; i++) {
        tp[i] = d.touchpoints().name(v.touchpoint(i));
        ch[i] = d.channels().name(v.channel(i));
        ty[i] = d.types().name(v.type(i));
        st[i] = d.stages().name(v.stage(i));
        times[i] = v.time(i);
      }
      JourneyRow r = new JourneyRow();
      r.setCustomer(customer);
      r.setIndex(index);
      r.setStart(times[0]);
      r.setEnd(times[n - 1]);
      r.setDurationMillis(Math.subtractExact(times[n - 1], times[0]));
      r.setEvents(n);
      r.setConverted(v.conversionIndex() >= 0);
      r.setConversionIndex(v.conversionIndex());
      r.setTouchpoints(tp);
      r.setChannels(ch);
      r.setTypes(ty);
      r.setStages(st);
      r.setTimes(times);
      return r;
    }
  }
}
