package dev.cxkit.model.internal;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads cxkit's compact wire form (see {@link WireWriter}) defensively: the version byte must be
 * {@link #VERSION}, the type byte the expected tag, every length is bounded by the bytes that are
 * left (so hostile input cannot make a reader allocate more than its size allows), varints may not
 * overflow, strings must be valid UTF-8, and no bytes may trail the value. Every failure is an
 * {@link IllegalArgumentException} whose message names the type, the byte offset and the rule.
 *
 * <p>Not API: exported only to cxkit's own modules. Single-threaded.
 */
public final class WireReader {

  /** The wire format version this cxkit writes and reads. */
  public static final int VERSION = 1;

  /** The longest string a wire value may carry, in UTF-8 bytes. */
  public static final int MAX_STRING_BYTES = 1 << 16;

  /** Tag of {@code dev.cxkit.metrics.survey.ScoreDistribution}. */
  public static final int SCORE_DISTRIBUTION = 1;

  /** Tag of {@code dev.cxkit.metrics.survey.NetScoreCounts}. */
  public static final int NET_SCORE_COUNTS = 2;

  /** Tag of {@code dev.cxkit.metrics.retention.LifetimeCounts}. */
  public static final int LIFETIME_COUNTS = 3;

  /** Tag of {@code dev.cxkit.metrics.retention.CohortCounts}. */
  public static final int COHORT_COUNTS = 4;

  /** Tag of {@code dev.cxkit.metrics.kano.KanoCounts}. */
  public static final int KANO_COUNTS = 5;

  /** Tag of {@code dev.cxkit.metrics.clv.CustomerSummaries}. */
  public static final int CUSTOMER_SUMMARIES = 6;

  /** Tag of {@code dev.cxkit.metrics.survey.ScoreBreakdown} with string segment keys. */
  public static final int SCORE_BREAKDOWN = 7;

  /** Tag of {@code dev.cxkit.journey.markov.TransitionCounts}. */
  public static final int TRANSITION_COUNTS = 16;

  /** Tag of the path counts of {@code dev.cxkit.journey.paths}. */
  public static final int PATH_COUNTS = 17;

  private static final String[] NAMES = new String[128];

  static {
    NAMES[SCORE_DISTRIBUTION] = "ScoreDistribution";
    NAMES[NET_SCORE_COUNTS] = "NetScoreCounts";
    NAMES[LIFETIME_COUNTS] = "LifetimeCounts";
    NAMES[COHORT_COUNTS] = "CohortCounts";
    NAMES[KANO_COUNTS] = "KanoCounts";
    NAMES[CUSTOMER_SUMMARIES] = "CustomerSummaries";
    NAMES[SCORE_BREAKDOWN] = "ScoreBreakdown";
    NAMES[TRANSITION_COUNTS] = "TransitionCounts";
    NAMES[PATH_COUNTS] = "path counts";
  }

  private final byte[] bytes;
  private final String type;
  private int position;

  private WireReader(byte[] bytes, String type) {
    this.bytes = bytes;
    this.type = type;
  }

  /**
   * Decodes {@code bytes} as the value tagged {@code tag}: checks the header, runs {@code body},
   * then checks that nothing trails. Any {@link IllegalArgumentException} the body throws (a
   * constructor refusing a decoded field) is reported as invalid bytes of this type.
   *
   * @throws IllegalArgumentException naming the type, the offset and the rule on any bad input
   */
  public static <T> T decode(byte[] bytes, int tag, Function<WireReader, T> body) {
    checkNotNull(bytes, "bytes");
    String type = name(tag);
    WireReader reader = new WireReader(bytes, type);
    if (bytes.length < 2) {
      throw reader.error(
          "must start with a version byte and a type byte, was " + bytes.length + " bytes long");
    }
    int version = bytes[0] & 0xFF;
    if (version != VERSION) {
      throw reader.error(
          "have wire format version "
              + version
              + "; this cxkit reads version "
              + VERSION
              + " only (written by a newer cxkit, or not cxkit bytes)");
    }
    int actual = bytes[1] & 0xFF;
    if (actual != tag) {
      String held = actual < NAMES.length && NAMES[actual] != null ? NAMES[actual] : null;
      throw reader.error(
          held == null
              ? "have unknown type byte " + actual + " (expected " + tag + ")"
              : "hold a " + held + " (type byte " + actual + "), not a " + type);
    }
    reader.position = 2;
    T value;
    try {
      value = body.apply(reader);
    } catch (WireFormatError e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new WireFormatError(type + " bytes are not valid: " + e.getMessage(), e);
    }
    if (reader.position != bytes.length) {
      throw reader.error(
          "have "
              + (bytes.length - reader.position)
              + " unexpected bytes after the value at byte "
              + reader.position);
    }
    return value;
  }

  /** One byte, 0..255. */
  public int readByte(String field) {
    need(1, field);
    return bytes[position++] & 0xFF;
  }

  /** A boolean written as 0 or 1. */
  public boolean readBoolean(String field) {
    int at = position;
    int b = readByte(field);
    if (b > 1) {
      throw errorAt(at, field + " must be 0 or 1, was " + b);
    }
    return b == 1;
  }

  /** A non-negative varint. */
  public long readCount(String field) {
    int at = position;
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      need(1, field);
      int b = bytes[position++] & 0xFF;
      if (shift == 63 && b > 0) {
        throw errorAt(at, field + " overflows a 63-bit count");
      }
      result |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw errorAt(at, field + " is a varint longer than 10 bytes");
  }

  /** A non-negative varint that must be at most {@code max}. */
  public long readCount(String field, long max) {
    int at = position;
    long value = readCount(field);
    if (value > max) {
      throw errorAt(at, String.format(Locale.ROOT, "%s must be <= %d, was %d", field, max, value));
    }
    return value;
  }

  /** A non-negative varint that fits an int. */
  public int readInt(String field) {
    return (int) readCount(field, Integer.MAX_VALUE);
  }

  /**
   * The length of a sequence whose every element takes at least {@code minBytesEach} bytes: bounded
   * by the bytes that are left, so a hostile length cannot make the caller allocate.
   */
  public int readLength(String field, int minBytesEach) {
    int at = position;
    long value = readCount(field);
    long room = (bytes.length - position) / Math.max(1, minBytesEach);
    if (value > room) {
      throw errorAt(
          at,
          String.format(
              Locale.ROOT,
              "%s is %d but only %d bytes follow (truncated or corrupt)",
              field,
              value,
              bytes.length - position));
    }
    return (int) value;
  }

  /**
   * Checks that {@code count} elements of at least {@code minBytesEach} bytes each can still follow
   * (nothing is checked when {@code minBytesEach} is 0).
   */
  public void checkRoom(String field, long count, int minBytesEach) {
    if (minBytesEach > 0 && count > (bytes.length - position) / minBytesEach) {
      throw errorAt(
          position,
          String.format(
              Locale.ROOT,
              "%s: %d of at least %d byte(s) each cannot follow in the %d bytes left (truncated or"
                  + " corrupt)",
              field,
              count,
              minBytesEach,
              bytes.length - position));
    }
  }

  /** A zig-zag varint. */
  public long readSigned(String field) {
    long zigzag = readCountBits(field);
    return (zigzag >>> 1) ^ -(zigzag & 1);
  }

  /** A zig-zag varint that fits an int. */
  public int readSignedInt(String field) {
    int at = position;
    long value = readSigned(field);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw errorAt(at, field + " must fit an int, was " + value);
    }
    return (int) value;
  }

  private long readCountBits(String field) {
    int at = position;
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      need(1, field);
      int b = bytes[position++] & 0xFF;
      if (shift == 63 && b > 1) {
        throw errorAt(at, field + " overflows 64 bits");
      }
      result |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw errorAt(at, field + " is a varint longer than 10 bytes");
  }

  /** Eight bytes, big-endian, as a double; NaN and infinities are refused. */
  public double readFiniteDouble(String field) {
    int at = position;
    need(8, field);
    long bits = 0;
    for (int i = 0; i < 8; i++) {
      bits = (bits << 8) | (bytes[position++] & 0xFF);
    }
    double value = Double.longBitsToDouble(bits);
    if (!Double.isFinite(value)) {
      throw errorAt(at, field + " must be finite, was " + value);
    }
    return value;
  }

  /** A string: varint byte length (at most {@link #MAX_STRING_BYTES}) and strict UTF-8. */
  public String readString(String field) {
    int at = position;
    int length = readLength(field + " length", 1);
    if (length > MAX_STRING_BYTES) {
      throw errorAt(at, field + " must be at most " + MAX_STRING_BYTES + " bytes, was " + length);
    }
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, position, length))
              .toString();
      position += length;
      return s;
    } catch (CharacterCodingException e) {
      throw errorAt(at, field + " is not valid UTF-8");
    }
  }

  /** An error at the current position naming the type; throw it. */
  public IllegalArgumentException error(String rule) {
    return new WireFormatError(type + " bytes " + rule);
  }

  /** An error about {@code field} at the current offset; throw it. */
  public IllegalArgumentException invalid(String field, String rule) {
    return errorAt(position, field + " " + rule);
  }

  private IllegalArgumentException errorAt(int offset, String message) {
    return new WireFormatError(type + " bytes: " + message + " (at byte " + offset + ")");
  }

  private void need(int count, String field) {
    if (bytes.length - position < count) {
      throw new WireFormatError(
          type
              + " bytes are truncated: "
              + field
              + " needs "
              + count
              + " more byte(s) at byte "
              + position
              + " of "
              + bytes.length);
    }
  }

  private static String name(int tag) {
    if (tag <= 0 || tag >= NAMES.length || NAMES[tag] == null) {
      throw new IllegalArgumentException("unknown wire tag " + tag);
    }
    return NAMES[tag];
  }

  /** A failure already phrased for the user, passed through {@link #decode} unchanged. */
  private static final class WireFormatError extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    WireFormatError(String message) {
      super(message);
    }

    WireFormatError(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
