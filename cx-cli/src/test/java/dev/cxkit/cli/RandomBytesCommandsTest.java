package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random bytes through every command that reads a file (issue 14): exit 0 or exit 2 with one line
 * on stderr, never exit 1 (an internal error with a stack trace). Seeded, so a failure replays; the
 * inputs mix the expected header with bytes that matter to the tokenizer.
 */
class RandomBytesCommandsTest {
  @TempDir Path dir;

  private static final String[] HEADS = {
    "",
    "ltr,region\n",
    "customer,time,touchpoint\n",
    "path;total_conversions;total_conversion_value;total_null\n",
    "customer,date,amount\n",
    "id,x,t_x,T\n",
    "{\"schemaVersion\":1,"
  };
  private static final byte[] SPECIAL = {
    ',',
    ';',
    '"',
    '\n',
    '\r',
    ' ',
    '0',
    '1',
    '9',
    '-',
    '.',
    'e',
    'a',
    '>',
    '{',
    '}',
    ':',
    (byte) 0xC3,
    (byte) 0xA9,
    (byte) 0xFF,
    (byte) 0xEF,
    (byte) 0xBB,
    (byte) 0xBF,
    0x1B,
    0
  };

  private static byte[] input(SplittableRandom random) {
    byte[] head = HEADS[random.nextInt(HEADS.length)].getBytes(StandardCharsets.UTF_8);
    byte[] out = java.util.Arrays.copyOf(head, head.length + random.nextInt(120));
    for (int i = head.length; i < out.length; i++) {
      out[i] =
          random.nextInt(4) == 0
              ? (byte) random.nextInt(256)
              : SPECIAL[random.nextInt(SPECIAL.length)];
    }
    return out;
  }

  @Test
  void randomBytesNeverEndInAnInternalError() throws IOException {
    SplittableRandom random = new SplittableRandom(20_261_207L);
    for (int k = 0; k < 150; k++) {
      Path f = Cli.write(dir, "in" + k + ".txt", input(random));
      String[][] commands = {
        {"survey", "--input", f.toString(), "--metric", "nps", "--score-column", "ltr"},
        {"journeys", "--input", f.toString(), "variants"},
        {"attribution", "--input", f.toString(), "--model", "first"},
        {"clv", "fit", "--model", "bgnbd", "--input", f.toString()},
        {"map", "--input", f.toString(), "--format", "mermaid"},
      };
      for (String[] c : commands) {
        Cli.Result r = Cli.run(c);
        int sample = k;
        assertTrue(
            r.status() == 0 || r.status() == CxCommand.BAD_INPUT,
            () -> "input " + sample + " " + c[0] + ": status " + r.status() + ": " + r.err());
        if (r.status() == CxCommand.BAD_INPUT) {
          assertEquals(1, r.err().strip().lines().count(), () -> c[0] + ": " + r.err());
        }
      }
    }
  }
}
