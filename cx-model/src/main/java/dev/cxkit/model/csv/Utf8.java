package dev.cxkit.model.csv;

/** Strict UTF-8 validation (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. */
final class Utf8 {
  private Utf8() {}

  /** Offset of the first byte of a malformed sequence in {@code b[from, to)}, or -1. */
  static int firstMalformed(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int min2;
      int max2 = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        min2 = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        min2 = c == 0xE0 ? 0xA0 : 0x80; // no overlong 3-byte forms
        max2 = c == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        min2 = c == 0xF0 ? 0x90 : 0x80; // no overlong 4-byte forms
        max2 = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
      } else {
        return i;
      }
      if (i + n >= to) {
        return i; // truncated sequence
      }
      int c2 = b[i + 1] & 0xFF;
      if (c2 < min2 || c2 > max2) {
        return i;
      }
      for (int k = 2; k <= n; k++) {
        int ck = b[i + k] & 0xFF;
        if (ck < 0x80 || ck > 0xBF) {
          return i;
        }
      }
      i += n + 1;
    }
    return -1;
  }
}
