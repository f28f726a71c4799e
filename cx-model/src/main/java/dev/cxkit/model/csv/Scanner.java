package dev.cxkit.model.csv;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The byte-level tokenizer behind {@link CsvReader}: a resumable state machine over one buffer that
 * records each field of the current record as a byte range ({@link #fs}/{@link #fe}) in {@link
 * #buf}. Unquoted fields are ranges of the input as read; a quoted field is unescaped in place (the
 * unescaped text is never longer than the raw one). The buffer holds at most the current record
 * plus one read, and never grows past the record limit.
 */
final class Scanner {
  static final int FIELD_START = 0;
  static final int UNQUOTED = 1;
  static final int QUOTED = 2;
  static final int AFTER_QUOTE = 3;
  static final int BAD_TAIL = 4; // text after a closing quote: kept, the record is rejected

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH = 0x8080808080808080L;
  private static final long LFS = ONES * '\n';
  private static final long CRS = ONES * '\r';

  /** Nonzero iff some byte of {@code v} is zero (exact as a boolean). */
  private static long zero(long v) {
    return (v - ONES) & ~v & HIGH;
  }

  private final long sepWord;
  private final InputStream in;
  private final int sep;
  private final int sep2; // a second separator byte (tab in whitespace mode), else LF
  private final boolean whitespace;
  private final boolean quotes;
  private final int maxRecord;
  final int maxField;

  byte[] buf;
  private int lim;
  private int pos;
  private int recStart;
  private boolean eof;
  private boolean started;
  private final boolean skipBom;

  /** Current physical line (1-based) and the line the current record started on. */
  long line = 1;

  long recordLine = 1;

  private int state = FIELD_START;
  private int fieldStart;
  private int w;
  private long quoteLine;
  private int lastCrAt = -2;
  private boolean pendingLf;
  private int high;

  int[] fs = new int[16];
  int[] fe = new int[16];
  int nf;
  boolean anyQuoted;

  /** Field (0-based) whose closing quote is followed by text, or -1. */
  int badQuote = -1;

  /** Field (0-based) longer than the field limit, or -1. */
  int tooLong = -1;

  /** Whether a byte >= 0x80 occurred in the record (UTF-8 must then be checked). */
  boolean nonAscii;

  /** Set at end of input when the input ended inside a quoted field. */
  boolean endedInOpenQuote;

  Scanner(InputStream in, CsvSettings settings, boolean skipBom) {
    this.in = in;
    this.sep = settings.separatorByte();
    this.whitespace = settings.isWhitespaceSeparated();
    this.sep2 = whitespace ? '\t' : '\n';
    this.sepWord = ONES * (sep == CsvSettings.NO_SEPARATOR ? '\n' : sep);
    this.quotes = settings.quotes();
    this.maxRecord = settings.maxRecordLength();
    this.maxField = settings.maxFieldLength();
    this.skipBom = skipBom;
    this.buf = new byte[Math.min(1 << 17, maxRecord + 1)];
  }

  /** Line ends read so far (LF, CRLF or a lone CR, quoted ones included). */
  long lineEnds() {
    return line - 1;
  }

  /**
   * Scans the next record. Returns false at the end of the input; true when a record is complete
   * (possibly blank: see {@link #blank()}).
   *
   * @throws RecordTooLong when the record exceeds the limit
   * @throws IOException from the input
   */
  boolean next() throws IOException {
    recStart = pos;
    recordLine = line;
    nf = 0;
    anyQuoted = false;
    badQuote = -1;
    tooLong = -1;
    high = 0;
    state = FIELD_START;
    while (true) {
      if (pos < lim && scan()) {
        nonAscii = high < 0;
        return true;
      }
      if (!fill()) {
        return finish();
      }
    }
  }

  /** A record of no field, or of one unquoted field of blanks only. */
  boolean blank() {
    if (nf == 0) {
      return true;
    }
    if (nf != 1 || anyQuoted) {
      return false;
    }
    for (int i = fs[0]; i < fe[0]; i++) {
      if (buf[i] != ' ' && buf[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private boolean finish() {
    if (pendingLf) {
      pendingLf = false;
    }
    switch (state) {
      case QUOTED:
        endedInOpenQuote = true;
        return false;
      case UNQUOTED:
        endField(fieldStart, pos);
        break;
      case AFTER_QUOTE:
      case BAD_TAIL:
        endField(fieldStart, w);
        break;
      default: // FIELD_START
        if (nf == 0 && pos == recStart) {
          return false; // nothing since the last record
        }
        if (!whitespace && nf > 0) {
          endField(pos, pos); // "a,b," ends with an empty field
        }
    }
    nonAscii = high < 0;
    return true;
  }

  /** Line where the quote that never closed was opened. */
  long openQuoteLine() {
    return quoteLine;
  }

  /** Start of the unescaped text of the field being read. */
  int openFieldStart() {
    return fieldStart;
  }

  /** End of the unescaped text of the quoted field being read. */
  int openFieldEnd() {
    return w;
  }

  /**
   * Consumes bytes from {@link #pos}; returns true when a record ended (its line end consumed) and
   * false when the buffer is exhausted first.
   */
  private boolean scan() {
    final byte[] b = buf;
    final int end = lim;
    int p = pos;
    if (pendingLf) {
      pendingLf = false;
      if (b[p] == '\n') {
        p++;
        recStart = p;
      }
    }
    int st = state;
    int h = high;
    while (p < end) {
      if (st == FIELD_START) {
        byte c = b[p];
        if (c == '"' && quotes) {
          st = QUOTED;
          fieldStart = p;
          w = p;
          quoteLine = line;
          anyQuoted = true;
          p++;
          continue;
        }
        if (whitespace && (c == ' ' || c == '\t')) {
          p++;
          continue;
        }
        if (whitespace && (c == '\n' || c == '\r')) {
          pos = p + 1;
          high = h;
          lineEnd(c, p);
          return true;
        }
        fieldStart = p;
        st = UNQUOTED;
      }
      if (st == UNQUOTED) {
        final int s1 = sep;
        final int s2 = sep2;
        int q = p;
        byte c = 0;
        if (!whitespace) {
          // eight bytes at a time to the next separator, line end or non-ASCII byte: the lowest
          // flagged byte of zero() is always a true match, so its index is exact
          final long seps = sepWord;
          while (true) {
            if (q + 8 <= end) {
              long v = (long) LONGS.get(b, q);
              long t = zero(v ^ seps) | zero(v ^ LFS) | zero(v ^ CRS) | (v & HIGH);
              if (t == 0) {
                q += 8;
                continue;
              }
              q += Long.numberOfTrailingZeros(t) >>> 3;
            } else if (q >= end) {
              break;
            }
            c = b[q];
            if (c == s1 || c == '\n' || c == '\r') {
              break;
            }
            h |= c; // a non-ASCII byte, or an ordinary one near the end of the buffer
            q++;
          }
        } else {
          while (q < end && (c = b[q]) != s1 && c != '\n' && c != '\r' && c != s2) {
            h |= c;
            q++;
          }
        }
        if (q == end) {
          p = q;
          break;
        }
        endField(fieldStart, q);
        p = q + 1;
        if (c == '\n' || c == '\r') {
          pos = p;
          high = h;
          lineEnd(c, q);
          return true;
        }
        st = FIELD_START;
        continue;
      }
      if (st == QUOTED) {
        int q = p;
        int ww = w;
        while (q < end) {
          byte c = b[q];
          if (c == '"') {
            break;
          }
          h |= c;
          if (c == '\n') {
            if (lastCrAt != q - 1) {
              line++;
            }
          } else if (c == '\r') {
            line++;
            lastCrAt = q;
          }
          b[ww++] = c;
          q++;
        }
        w = ww;
        if (q == end) {
          p = q;
          break;
        }
        st = AFTER_QUOTE;
        p = q + 1;
        continue;
      }
      // AFTER_QUOTE or BAD_TAIL
      byte c = b[p];
      if (st == AFTER_QUOTE && c == '"') {
        b[w++] = '"';
        st = QUOTED;
        p++;
        continue;
      }
      if (c == sep || c == sep2 && whitespace) {
        endField(fieldStart, w);
        st = FIELD_START;
        p++;
        continue;
      }
      if (c == '\n' || c == '\r') {
        endField(fieldStart, w);
        pos = p + 1;
        high = h;
        lineEnd(c, p);
        return true;
      }
      if (st == AFTER_QUOTE) {
        badQuote = nf;
        st = BAD_TAIL;
      }
      h |= c;
      b[w++] = c;
      p++;
    }
    pos = p;
    state = st;
    high = h;
    return false;
  }

  private void lineEnd(byte c, int at) {
    line++;
    state = FIELD_START;
    if (c == '\r') {
      pendingLf = true;
      lastCrAt = at;
    }
  }

  private void endField(int from, int to) {
    if (nf == fs.length) {
      fs = Arrays.copyOf(fs, nf * 2);
      fe = Arrays.copyOf(fe, nf * 2);
    }
    if (to - from > maxField && tooLong < 0) {
      tooLong = nf;
    }
    fs[nf] = from;
    fe[nf] = to;
    nf++;
  }

  /** Reads more input after moving the current record to the front; false at end of input. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (lim - recStart > maxRecord) {
      throw new RecordTooLong();
    }
    if (recStart > 0) {
      int shift = recStart;
      System.arraycopy(buf, shift, buf, 0, lim - shift);
      lim -= shift;
      pos -= shift;
      fieldStart -= shift;
      w -= shift;
      lastCrAt -= shift;
      for (int i = 0; i < nf; i++) {
        fs[i] -= shift;
        fe[i] -= shift;
      }
      recStart = 0;
    }
    if (lim == buf.length) {
      buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, maxRecord + 1L));
    }
    int n = in.read(buf, lim, buf.length - lim);
    if (n < 0) {
      eof = true;
      return false;
    }
    if (!started) {
      started = true;
      while (skipBom && lim + n < 3) { // a BOM can only be recognised with three bytes
        int more = in.read(buf, lim + n, buf.length - lim - n);
        if (more < 0) {
          break;
        }
        n += more;
      }
      if (skipBom
          && n >= 3
          && buf[0] == (byte) 0xEF
          && buf[1] == (byte) 0xBB
          && buf[2] == (byte) 0xBF) {
        pos = 3;
        recStart = 3;
      }
    }
    lim += n;
    return true;
  }

  /** Raw bytes of the current record read so far (for diagnostics). */
  int recordStart() {
    return recStart;
  }

  int limit() {
    return lim;
  }

  /** The current record exceeds the record limit. */
  static final class RecordTooLong extends IOException {
    private static final long serialVersionUID = 1L;

    RecordTooLong() {
      super("record too long");
    }
  }
}
