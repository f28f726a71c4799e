package dev.cxkit.spark;

import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.paths.JourneyPathTables;
import dev.cxkit.journey.paths.PathTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Path tables from journeys in Spark: each journey becomes a path by cx-journey's own {@link
 * JourneyPathTables} rule (touches before the first goal event, or the goal's own channel for a
 * direct conversion; every event of a journey that did not convert), identical paths are counted in
 * Spark, and the aggregated table — small even when the data are not — comes back to the driver as
 * a cx-journey {@link PathTable}, where every attribution model runs: exact Markov attribution,
 * what-if and the heuristic models.
 *
 * <pre>{@code
 * PathTable paths = SparkPaths.pathTable(journeys.journeys(), Dimension.CHANNEL);
 * MarkovResult markov = MarkovAttribution.builder().build().analyze(paths);
 * AttributionResult linear = AttributionModel.linear().attribute(paths);
 * }</pre>
 */
public final class SparkPaths {
  /** Journeys per chunk turned into path rows at once (bounds a task's memory). */
  static final int CHUNK = 1 << 14;

  static final StructType PATH_ROW =
      new StructType()
          .add("path", DataTypes.createArrayType(DataTypes.StringType, false))
          .add("conversions", DataTypes.LongType)
          .add("nulls", DataTypes.LongType);

  private SparkPaths() {}

  /**
   * Identical paths over {@code dimension} with their conversion and null counts, counted in Spark
   * (columns {@code path: array<string>, conversions, nulls, journeys}).
   */
  public static Dataset<Row> pathCounts(Dataset<JourneyRow> journeys, Dimension dimension) {
    return journeys
        .mapPartitions(new ToPaths(dimension), Encoders.row(PATH_ROW))
        .groupBy("path")
        .agg(
            functions.sum("conversions").as("conversions"),
            functions.sum("nulls").as("nulls"),
            functions.count("*").as("journeys"));
  }

  /**
   * The aggregated path table on the driver, paths in ascending order (so the table does not depend
   * on partitioning or input order).
   */
  public static PathTable pathTable(Dataset<JourneyRow> journeys, Dimension dimension) {
    List<Row> rows = pathCounts(journeys, dimension).orderBy("path").collectAsList();
    PathTable.Builder b = PathTable.builder();
    for (Row r : rows) {
      List<String> path = r.getList(0);
      b.add(List.copyOf(path), r.getLong(1), 0.0, r.getLong(2));
    }
    return b.build();
  }

  /**
   * A path table kept as a Spark table, one row per path or journey (columns: the path as text with
   * {@code separator} between channels, conversions, conversion value, nulls), with identical paths
   * added up in Spark and the result on the driver, paths in ascending order. Rows with an empty
   * path or a count or value that is not a finite number >= 0 are refused with the row.
   *
   * @throws IllegalArgumentException if a named column does not exist, or on the first bad row
   */
  public static PathTable pathTable(
      Dataset<Row> table,
      String pathColumn,
      String separator,
      String conversionsColumn,
      String valueColumn,
      String nullsColumn) {
    for (String[] c :
        new String[][] {
          {"path column", pathColumn},
          {"conversions column", conversionsColumn},
          {"value column", valueColumn},
          {"nulls column", nullsColumn}
        }) {
      Columns.require(table, c[0], c[1]);
    }
    List<Row> rows =
        table
            .select(
                functions
                    .split(functions.col(pathColumn), java.util.regex.Pattern.quote(separator))
                    .as("path"),
                functions.col(conversionsColumn).cast("long").as("c"),
                functions.col(valueColumn).cast("double").as("v"),
                functions.col(nullsColumn).cast("long").as("n"))
            .groupBy("path")
            .agg(
                functions.sum("c"),
                functions.sum("v"),
                functions.sum("n"),
                functions.count("*"),
                functions.count("c"),
                functions.count("v"),
                functions.count("n"))
            .orderBy("path")
            .collectAsList();
    PathTable.Builder b = PathTable.builder();
    for (Row r : rows) {
      List<String> path = r.isNullAt(0) ? List.of() : r.getList(0);
      long rowsOfPath = r.getLong(4);
      if (path.isEmpty()
          || path.stream().anyMatch(String::isEmpty)
          || r.getLong(5) != rowsOfPath
          || r.getLong(6) != rowsOfPath
          || r.getLong(7) != rowsOfPath) {
        throw new IllegalArgumentException(
            "every path row must have a non-empty path and numeric conversions, value and nulls,"
                + " was a row on path "
                + path
                + " ("
                + rowsOfPath
                + " rows of that path)");
      }
      b.add(List.copyOf(path), r.getLong(1), r.getDouble(2), r.getLong(3));
    }
    return b.build();
  }

  /** Journeys of one partition to path rows, a chunk at a time, through JourneyPathTables. */
  static final class ToPaths implements MapPartitionsFunction<JourneyRow, Row> {
    private static final long serialVersionUID = 1L;
    private final Dimension dimension;

    ToPaths(Dimension dimension) {
      this.dimension = dimension;
    }

    @Override
    public Iterator<Row> call(Iterator<JourneyRow> in) {
      EventDictionaries dict = new EventDictionaries();
      RowView view = new RowView(dict);
      return new Iterator<>() {
        private final ArrayList<Row> ready = new ArrayList<>();
        private int next;

        @Override
        public boolean hasNext() {
          while (next == ready.size() && in.hasNext()) {
            fill();
          }
          return next < ready.size();
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return ready.get(next++);
        }

        private void fill() {
          ready.clear();
          next = 0;
          Journeys.Collector c = Journeys.collector(dict);
          for (int k = 0; k < CHUNK && in.hasNext(); k++) {
            c.journey(view.of(in.next()));
          }
          PathTable t = JourneyPathTables.of(c.build(), dimension, j -> 0.0);
          for (int p = 0; p < t.pathCount(); p++) {
            ready.add(
                RowFactory.create(t.path(p).toArray(new String[0]), t.conversions(p), t.nulls(p)));
          }
        }
      };
    }
  }

  /** A journey row seen as cx-journey's JourneyView, names interned in the task's dictionaries. */
  static final class RowView implements JourneyView {
    private final EventDictionaries dict;
    private JourneyRow row = new JourneyRow();
    private int[] tp = new int[16];
    private int[] ch = new int[16];
    private int[] ty = new int[16];
    private int[] st = new int[16];

    RowView(EventDictionaries dict) {
      this.dict = dict;
    }

    RowView of(JourneyRow r) {
      row = r;
      int n = r.getEvents();
      if (tp.length < n) {
        int cap = Math.max(n, tp.length * 2);
        tp = Arrays.copyOf(tp, cap);
        ch = Arrays.copyOf(ch, cap);
        ty = Arrays.copyOf(ty, cap);
        st = Arrays.copyOf(st, cap);
      }
      for (int i = 0; i < n; i++) {
        tp[i] = dict.touchpoints().intern(r.getTouchpoints()[i]);
        ch[i] = dict.channels().intern(r.getChannels()[i]);
        ty[i] = dict.types().intern(r.getTypes()[i]);
        st[i] = dict.stages().intern(r.getStages()[i]);
      }
      return this;
    }

    @Override
    public int customer() {
      return 0;
    }

    @Override
    public int length() {
      return row.getEvents();
    }

    @Override
    public long time(int i) {
      return row.getTimes()[i];
    }

    @Override
    public int touchpoint(int i) {
      return tp[i];
    }

    @Override
    public int channel(int i) {
      return ch[i];
    }

    @Override
    public int type(int i) {
      return ty[i];
    }

    @Override
    public int stage(int i) {
      return st[i];
    }

    @Override
    public int conversionIndex() {
      return row.getConversionIndex();
    }
  }
}
