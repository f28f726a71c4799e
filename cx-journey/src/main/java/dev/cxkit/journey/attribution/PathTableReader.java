package dev.cxkit.journey.attribution;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads an aggregated path table from delimited text, streaming, at the byte level.
 *
 * <p>Default format (the ChannelAttribution layout): semicolon-delimited, a header row {@code
 * path;total_conversions;total_conversion_value;total_null}, paths separated by {@code " > "}.
 * Columns are found by name in the header (any order, extra columns ignored); the value and null
 * columns can be switched off. Fields are not quoted. Surrounding spaces of fields and of channels
 * are trimmed; empty lines are skipped. Rows may repeat a path: identical channel sequences are
 * aggregated. Channel names are interned to dense ids in order of first appearance.
 *
 * <p>Every bad row is reported with its line number, field, value and rule in one {@link
 * PathTableFormatException}: empty path, empty channel between separators, a channel containing
 * another common path separator ({@code > | , ;} or a tab, that is not part of the configured one:
 * an unknown separator), a count that is not a non-negative integer, a value that is not a
 * non-negative number, a row with neither conversions nor nulls, a value on a row without
 * conversions, a missing field.
 *
 * <pre>{@code
 * PathTable t = PathTableReader.semicolon().read(Path.of("Data.csv"));
 * PathTable u = PathTableReader.semicolon()
 *     .withDelimiter(',').withPathSeparator("|")
 *     .withColumns("journey", "conv", null, "lost")   // no value column
 *     .read(Path.of("other.csv"));
 * }</pre>
 */
public final class PathTableReader {
  /** At most this many row errors are kept in the exception (all are counted). */
  public static final int MAX_REPORTED_ERRORS = 1_000_000;

  final char delimiter;
  final String separator;
  final String pathColumn;
  final String conversionsColumn;
  final @Nullable String valueColumn;
  final @Nullable String nullsColumn;

  private PathTableReader(
      char delimiter,
      String separator,
      String pathColumn,
      String conversionsColumn,
      @Nullable String valueColumn,
      @Nullable String nullsColumn) {
    checkArgument(
        delimiter > 0 && delimiter < 128 && delimiter != '\n' && delimiter != '\r',
        "delimiter must be a single ASCII character other than a line break, was '%s'",
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
  }

  /** The ChannelAttribution layout: {@code ;}, {@code " > "}, the four standard columns. */
  public static PathTableReader semicolon() {
    return new PathTableReader(
        ';', " > ", "path", "total_conversions", "total_conversion_value", "total_null");
  }

  /** The same reader with field delimiter {@code delimiter}. */
  public PathTableReader withDelimiter(char delimiter) {
    return new PathTableReader(
        delimiter, separator, pathColumn, conversionsColumn, valueColumn, nullsColumn);
  }

  /**
   * The same reader with path separator {@code separator}; surrounding spaces are not significant
   * ({@code ">"} and {@code " > "} read the same paths). A blank separator splits on runs of
   * whitespace.
   */
  public PathTableReader withPathSeparator(String separator) {
    return new PathTableReader(
        delimiter, separator, pathColumn, conversionsColumn, valueColumn, nullsColumn);
  }

  /**
   * The same reader with these column names; {@code value} or {@code nulls} null when the file has
   * no such column (no value: every value is 0; no nulls: {@link PathTable#hasNulls()} is false).
   */
  public PathTableReader withColumns(
      String path, String conversions, @Nullable String value, @Nullable String nulls) {
    return new PathTableReader(delimiter, separator, path, conversions, value, nulls);
  }

  /** Reads the file at {@code file}. */
  public PathTable read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new PathTableParser(this, file.toString()).parse(in);
    }
  }

  /** Reads {@code in} to its end (not closed). */
  public PathTable read(InputStream in) throws IOException {
    return new PathTableParser(this, "input").parse(in);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "PathTableReader[delimiter '%s', separator '%s', columns %s/%s/%s/%s]",
        delimiter,
        separator,
        pathColumn,
        conversionsColumn,
        valueColumn,
        nullsColumn);
  }
}
