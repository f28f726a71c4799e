package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.model.csv.CsvHeader;
import dev.cxkit.model.csv.CsvReader;
import dev.cxkit.model.csv.CsvSettings;
import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.IngestReport;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.csv.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads an aggregated path table from delimited text: a field mapping over cxkit's CSV core ({@link
 * CsvReader}: RFC 4180 quotes, so tables written by R's {@code write.csv} read correctly; UTF-8
 * with or without a byte order mark; LF, CRLF or CR; bounded memory), feeding {@link
 * PathTable#builder()}.
 *
 * <p>Layouts are named: {@link #channelAttribution()} is the layout of the ChannelAttribution R
 * package ({@code path;total_conversions;total_conversion_value;total_null}, paths separated by
 * {@code " > "}); {@link #withDelimiter}, {@link #withPathSeparator} and {@link #withColumns}
 * describe others. Columns are found by name in the header (any order, extra columns ignored); the
 * value and null columns can be switched off; touch-time columns can be switched on ({@link
 * #withTimeColumns}). Surrounding spaces of fields and channels are trimmed; blank lines are
 * skipped. Rows may repeat a path: identical channel sequences are aggregated. Channels get dense
 * ids in order of first appearance.
 *
 * <p>A bad row is rejected with its file, line, column, field, value and rule, under the {@link
 * RejectPolicy} (default: fail at the first): an empty path, an empty channel between separators, a
 * channel containing another common path separator ({@code > | , ;} or a tab, that is not part of
 * the configured one: an unknown separator), a count that is not a non-negative whole number, a
 * value that is not a finite non-negative number, a row with neither conversions nor nulls, a value
 * on a row without conversions, a field count unlike the header's, totals beyond a {@code long}.
 *
 * <pre>{@code
 * PathTable t = PathTableReader.channelAttribution().read(Path.of("Data.csv"));
 * PathTable u = PathTableReader.channelAttribution()
 *     .withDelimiter(',').withPathSeparator("|")
 *     .withColumns("journey", "conv", null, "lost")   // no value column
 *     .read(Path.of("other.csv"));
 * PathTable.Builder b = PathTable.builder();
 * IngestReport r = PathTableReader.channelAttribution()
 *     .withRejectPolicy(RejectPolicy.skipAndReport())
 *     .read(Path.of("Data.csv"), b);                   // good rows in b, bad ones in r
 * }</pre>
 */
public final class PathTableReader {
  final char delimiter;
  final String separator;
  final String pathColumn;
  final String conversionsColumn;
  final @Nullable String valueColumn;
  final @Nullable String nullsColumn;
  final RejectPolicy policy;
  final int parallelism;
  final @Nullable String timesColumn;
  final @Nullable String endColumn;

  /** Files at least this large are split into chunks read in parallel. */
  static final long PARALLEL_THRESHOLD = 8L << 20;

  private PathTableReader(
      char delimiter,
      String separator,
      String pathColumn,
      String conversionsColumn,
      @Nullable String valueColumn,
      @Nullable String nullsColumn,
      RejectPolicy policy,
      int parallelism,
      @Nullable String timesColumn,
      @Nullable String endColumn) {
    checkArgument(
        delimiter > 0
            && delimiter < 128
            && delimiter != '\n'
            && delimiter != '\r'
            && delimiter != '"',
        "delimiter must be a single ASCII character other than a line break or quote, was '%s'",
        delimiter);
    checkArgument(!separator.isEmpty(), "path separator must not be empty, was '%s'", separator);
    checkArgument(
        separator.indexOf(delimiter) < 0 || separator.strip().isEmpty(),
        "path separator must not contain the delimiter '%s', was '%s'",
        delimiter,
        separator);
    checkArgument(!pathColumn.isBlank(), "path column must not be blank, was '%s'", pathColumn);
    checkArgument(
        !conversionsColumn.isBlank(),
        "conversions column must not be blank, was '%s'",
        conversionsColumn);
    this.delimiter = delimiter;
    this.separator = separator;
    this.pathColumn = pathColumn;
    this.conversionsColumn = conversionsColumn;
    this.valueColumn = valueColumn;
    this.nullsColumn = nullsColumn;
    this.policy = checkNotNull(policy, "policy");
    this.parallelism = parallelism;
    checkArgument(
        timesColumn == null || !timesColumn.isBlank(),
        "times column must not be blank, was '%s'",
        timesColumn);
    checkArgument(
        endColumn == null || (timesColumn != null && !endColumn.isBlank()),
        "end column needs a times column and must not be blank, was '%s'",
        endColumn);
    this.timesColumn = timesColumn;
    this.endColumn = endColumn;
  }

  /**
   * The ChannelAttribution layout: {@code ;} between fields, {@code " > "} between channels, the
   * columns {@code path}, {@code total_conversions}, {@code total_conversion_value} and {@code
   * total_null}.
   */
  public static PathTableReader channelAttribution() {
    return new PathTableReader(
        ';',
        " > ",
        "path",
        "total_conversions",
        "total_conversion_value",
        "total_null",
        RejectPolicy.failFast(),
        Runtime.getRuntime().availableProcessors(),
        null,
        null);
  }

  /** The same reader with field delimiter {@code delimiter}. */
  public PathTableReader withDelimiter(char delimiter) {
    return new PathTableReader(
        delimiter,
        separator,
        pathColumn,
        conversionsColumn,
        valueColumn,
        nullsColumn,
        policy,
        parallelism,
        timesColumn,
        endColumn);
  }

  /**
   * The same reader with path separator {@code separator}; surrounding spaces are not significant
   * ({@code ">"} and {@code " > "} read the same paths). A blank separator splits on runs of
   * whitespace.
   */
  public PathTableReader withPathSeparator(String separator) {
    return new PathTableReader(
        delimiter,
        separator,
        pathColumn,
        conversionsColumn,
        valueColumn,
        nullsColumn,
        policy,
        parallelism,
        timesColumn,
        endColumn);
  }

  /**
   * The same reader with these column names; {@code value} or {@code nulls} null when the file has
   * no such column (no value: every value is 0; no nulls: every null count is 0).
   */
  public PathTableReader withColumns(
      String path, String conversions, @Nullable String value, @Nullable String nulls) {
    return new PathTableReader(
        delimiter,
        separator,
        path,
        conversions,
        value,
        nulls,
        policy,
        parallelism,
        timesColumn,
        endColumn);
  }

  /** The same reader with another policy for bad rows. */
  public PathTableReader withRejectPolicy(RejectPolicy policy) {
    return new PathTableReader(
        delimiter,
        separator,
        pathColumn,
        conversionsColumn,
        valueColumn,
        nullsColumn,
        policy,
        parallelism,
        timesColumn,
        endColumn);
  }

  /**
   * The same reader reading files of 8 MiB or more in {@code threads} chunks in parallel (default:
   * the number of processors; 1 reads sequentially). The table is the same whatever the number of
   * threads.
   */
  public PathTableReader withParallelism(int threads) {
    checkArgument(threads >= 1, "threads must be >= 1, was %s", threads);
    return new PathTableReader(
        delimiter,
        separator,
        pathColumn,
        conversionsColumn,
        valueColumn,
        nullsColumn,
        policy,
        threads,
        timesColumn,
        endColumn);
  }

  /**
   * The same reader reading touch times: column {@code times} holds one time per touch, separated
   * like the path's touches (for example {@code 2024-03-01T09:00:00Z > 2024-03-04T18:30:00Z}), and
   * column {@code end} (null for none) the time the row's journeys ended: the conversion of
   * converting journeys, the last event of others; without it a row ends at its last touch. Times
   * are ISO-8601 date-times with an offset or {@code Z}, or dates (midnight UTC); they must not
   * decrease along a path, and the end must not be before the last touch. The table is then timed
   * ({@link PathTable#hasTouchTimes()}), so time decay and {@link Lookback} windows apply, and its
   * rows are not aggregated (one row per line). Null for both switches touch times off again.
   */
  public PathTableReader withTimeColumns(@Nullable String times, @Nullable String end) {
    return new PathTableReader(
        delimiter,
        separator,
        pathColumn,
        conversionsColumn,
        valueColumn,
        nullsColumn,
        policy,
        parallelism,
        times,
        end);
  }

  CsvSettings settings() {
    return CsvSettings.defaults().withSeparator(delimiter);
  }

  /**
   * Reads {@code file} into a new table.
   *
   * @throws IngestException at the first bad row, or (under a skipping policy) after the read when
   *     any row was rejected, naming the first and the count
   */
  public PathTable read(Path file) throws IOException {
    PathTable.Builder b = PathTable.builder();
    return built(read(file, b), b);
  }

  /** Reads {@code in} (not closed, named {@code source} in messages) into a new table. */
  public PathTable read(InputStream in, String source) throws IOException {
    PathTable.Builder b = PathTable.builder();
    return built(read(in, source, b), b);
  }

  /** Reads {@code in} (not closed, named {@code "input"} in messages) into a new table. */
  public PathTable read(InputStream in) throws IOException {
    return read(in, "input");
  }

  private static PathTable built(IngestReport report, PathTable.Builder b) throws IngestException {
    if (report.rejected() > 0) {
      Rejection first = report.rejections().get(0);
      throw new IngestException(first, " (" + report.rejected() + " rows rejected in all)");
    }
    return b.build();
  }

  /**
   * Reads {@code file} and adds its accepted rows to {@code table}; rows rejected under a skipping
   * policy are in the report. Large files are read in parallel chunks.
   */
  public IngestReport read(Path file, PathTable.Builder table) throws IOException {
    checkNotNull(table, "table");
    CsvReader.requireFile(file);
    if (parallelism > 1 && timesColumn == null && Files.size(file) >= PARALLEL_THRESHOLD) {
      IngestReport report = PathTableChunks.read(this, file, table);
      if (report != null) {
        return report;
      }
    }
    try (CsvReader csv = CsvReader.open(file, settings(), policy)) {
      return read(csv, table);
    }
  }

  /** Reads {@code in} (not closed, named {@code source}) and adds its rows to {@code table}. */
  public IngestReport read(InputStream in, String source, PathTable.Builder table)
      throws IOException {
    checkNotNull(table, "table");
    try (CsvReader csv = CsvReader.of(in, source, settings(), policy)) {
      return read(csv, table);
    }
  }

  private IngestReport read(CsvReader csv, PathTable.Builder table) throws IOException {
    CsvHeader header = csv.header();
    PathTableParser parser = new PathTableParser(this);
    parser.read(csv, header);
    parser.addTo(table);
    return csv.report();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "PathTableReader[delimiter '%s', separator '%s', columns %s/%s/%s/%s, times %s/%s, %s]",
        delimiter,
        separator,
        pathColumn,
        conversionsColumn,
        valueColumn,
        nullsColumn,
        timesColumn,
        endColumn,
        policy);
  }
}
