package dev.cxkit.journey.attribution;

import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.model.csv.CsvHeader;
import dev.cxkit.model.csv.CsvReader;
import dev.cxkit.model.csv.CsvSettings;
import dev.cxkit.model.csv.Ingest;
import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.IngestReport;
import dev.cxkit.model.csv.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * Reads a large path table in newline-aligned chunks in parallel, speculatively: each chunk is read
 * as if it started at a record boundary. That holds for every chunk whose predecessor ended outside
 * a quoted field (chunk 0 starts at the file's start), so when some chunk but the last ends inside
 * quotes (a quoted field with a line break spans the boundary) the result is discarded and the
 * caller reads the file sequentially. Line numbers are shifted by the line ends of the chunks
 * before, so messages are those of a sequential read.
 */
final class PathTableChunks {
  private PathTableChunks() {}

  /** The report, or null when the file cannot be split (the caller then reads it in one pass). */
  static @Nullable IngestReport read(PathTableReader config, Path file, PathTable.Builder table)
      throws IOException {
    String source = file.toString();
    long size = Files.size(file);
    CsvSettings settings = config.settings();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      CsvHeader header;
      try (CsvReader head =
          CsvReader.of(range(channel, 0, size), source, settings, config.policy)) {
        header = head.header();
      }
      int threads = config.parallelism;
      long[] bounds = bounds(channel, size, threads);
      PathTableParser[] parsers = new PathTableParser[threads];
      CsvReader[] readers = new CsvReader[threads];
      Throwable[] failures = new Throwable[threads];
      Thread[] workers = new Thread[threads];
      for (int k = 0; k < threads; k++) {
        InputStream in = range(channel, bounds[k], bounds[k + 1]);
        readers[k] =
            k == 0
                ? CsvReader.firstChunk(in, source, settings, config.policy)
                : CsvReader.chunk(in, source, settings, config.policy, header);
        parsers[k] = new PathTableParser(config);
        int chunk = k;
        workers[k] =
            new Thread(
                () -> {
                  try {
                    CsvReader csv = readers[chunk];
                    parsers[chunk].read(csv, chunk == 0 ? csv.header() : header);
                  } catch (IOException | RuntimeException e) {
                    failures[chunk] = e;
                  }
                },
                "cx-path-table-" + k);
        workers[k].start();
      }
      for (Thread w : workers) {
        try {
          w.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while reading " + source, e);
        }
      }
      for (int k = 0; k < threads - 1; k++) {
        if (readers[k].endedInOpenQuote()) {
          return null; // a quoted field spans the boundary: the later chunks started mid-record
        }
      }
      long[] offset = new long[threads];
      for (int k = 1; k < threads; k++) {
        offset[k] = offset[k - 1] + readers[k - 1].lineEnds();
      }
      for (int k = 0; k < threads; k++) {
        Throwable t = failures[k];
        if (t instanceof IngestException ie) {
          Rejection r = ie.rejection();
          throw k == 0 ? ie : new IngestException(shifted(r, offset[k]), note(ie, r));
        } else if (t instanceof IOException io) {
          throw io;
        } else if (t instanceof RuntimeException re) {
          throw re;
        }
      }
      Ingest total = new Ingest(source, config.policy);
      long conversions = 0;
      long nulls = 0;
      for (int k = 0; k < threads; k++) {
        total.addAll(readers[k].report(), offset[k]);
        try {
          conversions = Math.addExact(conversions, parsers[k].totalConversions());
          nulls = Math.addExact(nulls, parsers[k].totalNulls());
        } catch (ArithmeticException e) {
          throw new IngestException(
              new Rejection(
                  source,
                  offset[k] + 1,
                  0,
                  "record",
                  "",
                  "the table's conversions and nulls must each sum to at most " + Long.MAX_VALUE));
        }
      }
      IngestReport report = total.report();
      if (report.rejected() > config.policy.maxRejected()) {
        throw new IngestException(
            report.rejections().get(0),
            " (stopped: more than " + config.policy.maxRejected() + " records rejected)");
      }
      for (PathTableParser p : parsers) {
        p.addTo(table);
      }
      return report;
    }
  }

  private static Rejection shifted(Rejection r, long offset) {
    return new Rejection(r.source(), r.line() + offset, r.column(), r.field(), r.value(), r.rule());
  }

  private static String note(IngestException e, Rejection r) {
    String m = e.getMessage();
    String base = r.message();
    return m != null && m.startsWith(base) ? m.substring(base.length()) : "";
  }

  /** Chunk boundaries just after a line feed near {@code size * k / threads}. */
  private static long[] bounds(FileChannel channel, long size, int threads) throws IOException {
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
    return bounds;
  }

  private static InputStream range(FileChannel channel, long from, long to) {
    return new InputStream() {
      private long position = from;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        long left = to - position;
        if (left <= 0) {
          return -1;
        }
        int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, left)), position);
        if (n > 0) {
          position += n;
        }
        return n;
      }
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
}
