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
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.jspecify.annotations.Nullable;

/**
 * Journeys from an event table: Spark groups the events by customer ({@code groupByKey}) and sorts
 * each customer's events by time ({@code flatMapSortedGroups}), and cx-journey's {@link
 * StreamingAssembler} cuts them with its {@link SplitRules}, one customer at a time, so a task
 * holds one customer's events at most. Events with the same time are ordered by touchpoint, type,
 * channel and stage name (cx-journey's {@link dev.cxkit.journey.events.TieBreak#CONTENT}), so the
 * journeys do not depend on partitioning or input order.
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
    Dataset<EventRow> parsed = events(events, columns, rejected);
    Dataset<JourneyRow> journeys =
        parsed
            .groupByKey((MapFunction<EventRow, String>) EventRow::getCustomer, Encoders.STRING())
            .flatMapSortedGroups(
                new Column[] {
                  functions.col("time"),
                  functions.col("touchpoint"),
                  functions.col("type"),
                  functions.col("channel"),
                  functions.col("stage")
                },
                new Assemble(rules),
                Encoders.bean(JourneyRow.class));
    return new JourneyTable(journeys, rejected);
  }

  /** The event table parsed into events, unreadable rows counted. */
  static Dataset<EventRow> events(
      Dataset<Row> events, EventColumns columns, RejectionCounter rejected) {
    Columns.require(events, "customer column", columns.customer());
    Columns.require(events, "time column", columns.time());
    Columns.require(events, "touchpoint column", columns.touchpoint());
    DataType timeType = events.schema().apply(columns.time()).dataType();
    Column time = functions.col(columns.time());
    if (timeType.equals(DataTypes.TimestampType)
        || timeType.equals(DataTypes.DateType)
        || timeType.equals(DataTypes.TimestampNTZType)) {
      time = functions.unix_millis(time.cast("timestamp"));
    }
    return events
        .select(
            functions.col(columns.customer()).cast("string"),
            time.cast("string"),
            functions.col(columns.touchpoint()).cast("string"),
            optional(events, "channel column", columns.channel()),
            optional(events, "type column", columns.type()),
            optional(events, "stage column", columns.stage()))
        .flatMap(new ParseEvent(rejected), Encoders.bean(EventRow.class));
  }

  private static Column optional(Dataset<Row> events, String role, @Nullable String column) {
    if (column == null) {
      return functions.lit("");
    }
    Columns.require(events, role, column);
    return functions.coalesce(functions.col(column).cast("string"), functions.lit(""));
  }

  /** Reads one event row, counting rows without customer, touchpoint or readable time. */
  static final class ParseEvent implements FlatMapFunction<Row, EventRow> {
    private static final long serialVersionUID = 1L;
    private final RejectionCounter rejected;

    ParseEvent(RejectionCounter rejected) {
      this.rejected = rejected;
    }

    @Override
    public Iterator<EventRow> call(Row r) {
      String customer = r.getString(0);
      if (customer == null || customer.isEmpty()) {
        rejected.reject(MISSING_CUSTOMER, r::toString);
        return List.<EventRow>of().iterator();
      }
      String tp = r.getString(2);
      if (tp == null || tp.isEmpty()) {
        rejected.reject(MISSING_TOUCHPOINT, r::toString);
        return List.<EventRow>of().iterator();
      }
      Long t = parseTime(r.getString(1));
      if (t == null) {
        rejected.reject(BAD_TIME, r::toString);
        return List.<EventRow>of().iterator();
      }
      return List.of(new EventRow(customer, t, tp, r.getString(3), r.getString(4), r.getString(5)))
          .iterator();
    }
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

  /** One customer's sorted events through cx-journey's streaming assembler. */
  static final class Assemble implements FlatMapGroupsFunction<String, EventRow, JourneyRow> {
    private static final long serialVersionUID = 1L;
    private final JourneyRules rules;
    private transient @Nullable EventDictionaries dict;
    private transient @Nullable SplitRules split;

    Assemble(JourneyRules rules) {
      this.rules = rules;
    }

    @Override
    public Iterator<JourneyRow> call(String customer, Iterator<EventRow> events) {
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
        EventRow e = events.next();
        asm.accept(
            0,
            e.getTime(),
            d.touchpoints().intern(e.getTouchpoint()),
            d.channels().intern(e.getChannel()),
            d.types().intern(e.getType()),
            d.stages().intern(e.getStage()));
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
