package dev.cxkit.model.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class WireReaderTest {

  private static final int TAG = WireReader.KANO_COUNTS;

  @Property
  void everyFieldKindRoundTrips(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long count,
      @ForAll long signed,
      @ForAll double d,
      @ForAll String text,
      @ForAll boolean flag) {
    byte[] bytes =
        new WireWriter(TAG)
            .writeCount(count)
            .writeSigned(signed)
            .writeDouble(Double.isFinite(d) ? d : 0.5)
            .writeString(text)
            .writeBoolean(flag)
            .toBytes();
    Object[] back =
        WireReader.decode(
            bytes,
            TAG,
            in ->
                new Object[] {
                  in.readCount("c"),
                  in.readSigned("s"),
                  in.readFiniteDouble("d"),
                  in.readString("t"),
                  in.readBoolean("f")
                });
    assertEquals(count, back[0]);
    assertEquals(signed, back[1]);
    assertEquals(
        Double.doubleToRawLongBits(Double.isFinite(d) ? d : 0.5),
        Double.doubleToRawLongBits((Double) back[2]));
    // the writer encodes with UTF-8; unpaired surrogates become '?', as String.getBytes does
    assertEquals(
        new String(
            text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            java.nio.charset.StandardCharsets.UTF_8),
        back[3]);
    assertEquals(flag, back[4]);
  }

  @Test
  void varintsAreCompactAndTheHeaderComesFirst() {
    assertArrayEquals(
        new byte[] {1, (byte) TAG, 0, 127, (byte) 0x80, 1, 1, 2},
        new WireWriter(TAG)
            .writeCount(0)
            .writeCount(127)
            .writeCount(128)
            .writeSigned(-1)
            .writeSigned(1)
            .toBytes());
  }

  @Test
  void hostileHeadersAndLengthsAreRefusedClearly() {
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> decodeCount(new byte[0]));
    assertEquals(
        "KanoCounts bytes must start with a version byte and a type byte, was 0 bytes long",
        empty.getMessage());
    IllegalArgumentException version =
        assertThrows(IllegalArgumentException.class, () -> decodeCount(new byte[] {9, 5, 0}));
    assertEquals(
        "KanoCounts bytes have wire format version 9; this cxkit reads version 1 only (written by"
            + " a newer cxkit, or not cxkit bytes)",
        version.getMessage());
    IllegalArgumentException type =
        assertThrows(IllegalArgumentException.class, () -> decodeCount(new byte[] {1, 2, 0}));
    assertEquals(
        "KanoCounts bytes hold a NetScoreCounts (type byte 2), not a KanoCounts",
        type.getMessage());
    IllegalArgumentException overflow =
        assertThrows(
            IllegalArgumentException.class,
            () -> decodeCount(new byte[] {1, 5, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1}));
    assertTrue(overflow.getMessage().contains("overflows"), overflow.getMessage());
    IllegalArgumentException truncated =
        assertThrows(IllegalArgumentException.class, () -> decodeCount(new byte[] {1, 5, -128}));
    assertTrue(
        truncated.getMessage().startsWith("KanoCounts bytes are truncated: n needs 1 more byte"),
        truncated.getMessage());
    // a length of 2^40 with 3 bytes left is refused before anything is allocated
    byte[] hugeString = new WireWriter(TAG).writeCount(1L << 40).toBytes();
    IllegalArgumentException huge =
        assertThrows(
            IllegalArgumentException.class,
            () -> WireReader.decode(hugeString, TAG, in -> in.readString("label")));
    assertTrue(
        huge.getMessage().contains("label length is 1099511627776 but only 0 bytes"),
        huge.getMessage());
    byte[] badUtf8 = {1, (byte) TAG, 2, (byte) 0xC3, (byte) 0x28};
    IllegalArgumentException utf8 =
        assertThrows(
            IllegalArgumentException.class,
            () -> WireReader.decode(badUtf8, TAG, in -> in.readString("label")));
    assertTrue(utf8.getMessage().contains("label is not valid UTF-8"), utf8.getMessage());
    byte[] nan = new WireWriter(TAG).writeDouble(Double.NaN).toBytes();
    IllegalArgumentException notFinite =
        assertThrows(
            IllegalArgumentException.class,
            () -> WireReader.decode(nan, TAG, in -> in.readFiniteDouble("weight")));
    assertTrue(notFinite.getMessage().contains("weight must be finite"), notFinite.getMessage());
  }

  @Test
  void aRefusalByTheValuesOwnChecksNamesTheType() {
    byte[] bytes = new WireWriter(TAG).writeCount(3).toBytes();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                WireReader.decode(
                    bytes,
                    TAG,
                    in -> {
                      in.readCount("n");
                      throw new IllegalArgumentException("n must be even, was 3");
                    }));
    assertEquals("KanoCounts bytes are not valid: n must be even, was 3", e.getMessage());
  }

  private static long decodeCount(byte[] bytes) {
    return WireReader.decode(bytes, TAG, in -> in.readCount("n"));
  }
}
