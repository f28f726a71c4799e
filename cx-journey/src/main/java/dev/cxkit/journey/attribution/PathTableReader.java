package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.journey.paths.PathTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
  private int parallelism = Runtime.getRuntime().availableProcessors();

  /** Files at least this large are split into chunks read in parallel. */
  static final long PARALLEL_THRESHOLD = 8L << 20;

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
            delimiter, separator, pathColumn, conversionsColumn, valueColumn, nullsColumn)
        .parallel(parallelism);
  }

  /**
   * The same reader with path separator {@code separator}; surrounding spaces are not significant
   * ({@code ">"} and {@code " > "} read the same paths). A blank separator splits on runs of
   * whitespace.
   */
  public PathTableReader withPathSeparator(String separator) {
    return new PathTableReader(
            delimiter, separator, pathColumn, conversionsColumn, valueColumn, nullsColumn)
        .parallel(parallelism);
  }

  /**
   * The same reader with these column names; {@code value} or {@code nulls} null when the file has
   * no such column (no value: every value is 0; no nulls: {@link PathTable#hasNulls()} is false).
   */
  public PathTableReader withColumns(
      String path, String conversions, @Nullable String value, @Nullable String nulls) {
    return new PathTableReader(delimiter, separator, path, conversions, value, nulls)
        .parallel(parallelism);
  }

  /**
   * The same reader reading files of 8 MiB or more in {@code threads} chunks in parallel (default:
   * the number of processors; 1 reads sequentially). The table is the same whatever the number of
   * threads, up to the last bit of summed conversion values.
   */
  public PathTableReader withParallelism(int threads) {
    checkArgument(threads >= 1, "threads must be >= 1, was %s", threads);
    return new PathTableReader(
            delimiter, separator, pathColumn, conversionsColumn, valueColumn, nullsColumn)
        .parallel(threads);
  }

  private PathTableReader parallel(int threads) {
    this.parallelism = threads;
    return this;
  }

  /** Reads the file at {@code file}; large files are read in parallel chunks. */
  public PathTable read(Path file) throws IOException {
    long size = Files.size(file);
    if (parallelism > 1 && size >= PARALLEL_THRESHOLD) {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        PathTable table = readChunks(channel, size, file.toString());
        if (table != null) {
          return table;
        }
      }
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new PathTableParser(this, file.toString()).parse(in);
    }
  }

  /** Reads {@code parallelism} newline-aligned chunks; null when the header line is too long. */
  private @Nullable PathTable readChunks(FileChannel channel, long size, String source)
      throws IOException {
    byte[] head = new byte[1 << 16];
    int headLength = readFully(channel, 0, head);
    int headerEnd = indexOfLineFeed(head, headLength);
    if (headerEnd < 0) {
      return null;
    }
    int threads = parallelism;
    long[] bounds = new long[threads + 1];
    bounds[threads] = size;
    byte[] probe = new byte[1 << 16];
    for (int k = 1; k < threads; k++) {
      long pos = Math.max(bounds[k - 1], size * k / threads);
      long boundary = size;
      while (pos < size) {
        int n = readFully(channel, pos, probe);
        int nl = indexOfLineFeed(probe, n);
        if (nl >= 0) {
          boundary = pos + nl + 1;
          break;
        }
        pos += n;
      }
      bounds[k] = boundary;
    }
    int textEnd = headerEnd > 0 && head[headerEnd - 1] == '\r' ? headerEnd - 1 : headerEnd;
    PathTableParser[] parsers = new PathTableParser[threads];
    Thread[] workers = new Thread[threads];
    Throwable[] failures = new Throwable[threads];
    for (int k = 0; k < threads; k++) {
      PathTableParser parser = new PathTableParser(this, source);
      parsers[k] = parser;
      int chunk = k;
      if (k > 0) {
        parser.applyHeader(head, 0, textEnd);
      }
      Runnable work =
          () -> {
            try {
              parser.consume(range(channel, bounds[chunk], bounds[chunk + 1]), chunk == 0);
            } catch (IOException | RuntimeException e) {
              failures[chunk] = e;
            }
          };
      workers[k] = new Thread(work, "cx-path-table-" + k);
      workers[k].start();
    }
    for (int k = 0; k < threads; k++) {
      try {
        workers[k].join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while reading " + source, e);
      }
    }
    for (Throwable t : failures) {
      if (t instanceof IOException io) {
        throw io;
      } else if (t instanceof RuntimeException re) {
        throw re;
      }
    }
    for (int k = 1; k < threads; k++) {
      parsers[0].merge(parsers[k]);
    }
    return parsers[0].finish();
  }

  private static PathTableParser.Source range(FileChannel channel, long from, long to) {
    long[] position = {from};
    return (b, off, len) -> {
      long left = to - position[0];
      if (left <= 0) {
        return -1;
      }
      int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, left)), position[0]);
      if (n > 0) {
        position[0] += n;
      }
      return n;
    };
  }

  private static int readFully(FileChannel channel, long position, byte[] into) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(into);
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, position + buffer.position());
      if (n < 0) {
        break;
      }
    }
    return buffer.position();
  }

  private static int indexOfLineFeed(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
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
