package dev.cxkit.model.internal;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes cxkit's compact wire form of a mergeable value: the format version byte {@link
 * WireReader#VERSION}, one byte naming the type ({@link WireReader} lists the tags), then the
 * fields. Non-negative integers are unsigned LEB128 varints (one byte below 128), signed ones
 * zig-zag varints, doubles 8 bytes big-endian, strings a varint byte length and UTF-8.
 *
 * <p>Not API: exported only to cxkit's own modules, which expose {@code toBytes()} and {@code
 * fromBytes(byte[])} on the values themselves. Single-threaded.
 */
public final class WireWriter {

  private byte[] buffer = new byte[64];
  private int size;

  /** A writer whose output starts with the version byte and {@code tag}. */
  public WireWriter(int tag) {
    checkArgument(tag > 0 && tag < 128, "wire tag must be in [1, 127], was %s", tag);
    writeByte(WireReader.VERSION);
    writeByte(tag);
  }

  /** Appends one byte (the low 8 bits of {@code value}). */
  public WireWriter writeByte(int value) {
    ensure(1);
    buffer[size++] = (byte) value;
    return this;
  }

  /** Appends a boolean as one byte, 0 or 1. */
  public WireWriter writeBoolean(boolean value) {
    return writeByte(value ? 1 : 0);
  }

  /** Appends a non-negative integer as an unsigned varint. */
  public WireWriter writeCount(long value) {
    checkArgument(value >= 0, "wire count must be >= 0, was %s", value);
    ensure(10);
    long v = value;
    while (v >= 0x80) {
      buffer[size++] = (byte) (v | 0x80);
      v >>>= 7;
    }
    buffer[size++] = (byte) v;
    return this;
  }

  /** Appends any integer as a zig-zag varint. */
  public WireWriter writeSigned(long value) {
    long zigzag = (value << 1) ^ (value >> 63);
    ensure(10);
    long v = zigzag;
    while ((v & ~0x7FL) != 0) {
      buffer[size++] = (byte) (v | 0x80);
      v >>>= 7;
    }
    buffer[size++] = (byte) v;
    return this;
  }

  /** Appends a double as its 8 IEEE 754 bytes, big-endian (exact, -0.0 and all). */
  public WireWriter writeDouble(double value) {
    long bits = Double.doubleToRawLongBits(value);
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      buffer[size++] = (byte) (bits >>> shift);
    }
    return this;
  }

  /** Appends a string as its UTF-8 byte length and bytes. */
  public WireWriter writeString(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    checkArgument(
        utf8.length <= WireReader.MAX_STRING_BYTES,
        "wire strings must be at most %s UTF-8 bytes, was %s",
        WireReader.MAX_STRING_BYTES,
        utf8.length);
    writeCount(utf8.length);
    ensure(utf8.length);
    System.arraycopy(utf8, 0, buffer, size, utf8.length);
    size += utf8.length;
    return this;
  }

  /** The bytes written so far (a copy). */
  public byte[] toBytes() {
    return Arrays.copyOf(buffer, size);
  }

  private void ensure(int more) {
    if (size + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
    }
  }
}
