package dev.cxkit.model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.model.testing.CsvWriting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The core against its contract: any fields written with RFC 4180 quoting read back exactly, and on
 * arbitrary bytes the streaming tokenizer agrees with a naive whole-input oracle written from the
 * rules (records, blank lines, rejections, the unclosed-quote error) for every read size.
 */
class CsvPropertiesTest {

  /** Names as users write them, and empty or blank ones (they must come back quoted). */
  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(CsvWriting.names(), Arbitraries.of("", " ", "\t"));
  }

  @Provide
  Arbitrary<List<List<String>>> tables() {
    return names().list().ofMinSize(1).ofMaxSize(5).list().ofMaxSize(6);
  }

  @Property(tries = 400)
  void anyFieldsRoundTrip(
      @ForAll("tables") List<List<String>> table,
      @ForAll boolean bom,
      @ForAll @IntRange(min = 0, max = 2) int lineEnd,
      @ForAll boolean quoteAll,
      @ForAll @IntRange(min = 1, max = 9) int readSize,
      @ForAll boolean semicolon)
      throws IOException {
    char sep = semicolon ? ';' : ',';
    String eol = new String[] {"\n", "\r\n", "\r"}[lineEnd];
    StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
    for (List<String> row : table) {
      for (int i = 0; i < row.size(); i++) {
        sb.append(i == 0 ? "" : String.valueOf(sep))
            .append(CsvWriting.field(row.get(i), sep, quoteAll || row.size() == 1));
      }
      sb.append(eol);
    }
    CsvSettings settings = CsvSettings.defaults().withSeparator(sep).withHeader(false);
    assertEquals(
        table,
        CsvTesting.records(sb.toString().getBytes(StandardCharsets.UTF_8), settings, readSize));
  }

  @Provide
  Arbitrary<byte[]> hostileBytes() {
    Arbitrary<Byte> alphabet =
        Arbitraries.of(
            (byte) 'a',
            (byte) ',',
            (byte) '"',
            (byte) '\n',
            (byte) '\r',
            (byte) ' ',
            (byte) 0xC3,
            (byte) 0xA9,
            (byte) 0xFF,
            (byte) 0xEF,
            (byte) 0xBB,
            (byte) 0xBF);
    return Combinators.combine(
            alphabet.list().ofMaxSize(60), Arbitraries.bytes().list().ofMaxSize(8))
        .as(
            (a, b) -> {
              byte[] out = new byte[a.size() + b.size()];
              for (int i = 0; i < a.size(); i++) {
                out[i] = a.get(i);
              }
              for (int i = 0; i < b.size(); i++) {
                out[a.size() + i] = b.get(i);
              }
              return out;
            });
  }

  @Property(tries = 2000)
  void tokenizerAgreesWithANaiveOracleOnArbitraryBytes(
      @ForAll("hostileBytes") byte[] input, @ForAll @IntRange(min = 1, max = 7) int readSize)
      throws IOException {
    assertEquals(Oracle.read(input), streamed(input, readSize));
  }

  private static List<String> streamed(byte[] input, int readSize) throws IOException {
    List<String> out = new ArrayList<>();
    CsvSettings settings = CsvSettings.defaults().withHeader(false);
    try (CsvReader csv =
        CsvReader.of(
            CsvTesting.trickle(input, readSize), "x", settings, RejectPolicy.skipAndReport())) {
      while (csv.next()) {
        CsvRecord r = csv.record();
        StringBuilder sb = new StringBuilder("line " + r.line() + ":");
        for (int i = 0; i < r.fieldCount(); i++) {
          sb.append('[').append(r.text(i)).append(']');
        }
        out.add(sb.toString());
        csv.accept();
      }
      for (Rejection x : csv.report().rejections()) {
        out.add(x.line() + " rejected");
      }
    } catch (IngestException e) {
      out.add("error at line " + e.rejection().line());
    }
    return out;
  }

  /** RFC 4180 over the whole input at once, written for clarity, not speed. */
  static final class Oracle {
    static List<String> read(byte[] in) {
      List<String> records = new ArrayList<>();
      List<String> rejected = new ArrayList<>();
      int i =
          in.length >= 3
                  && (in[0] & 0xFF) == 0xEF
                  && (in[1] & 0xFF) == 0xBB
                  && (in[2] & 0xFF) == 0xBF
              ? 3
              : 0;
      long line = 1;
      while (i < in.length) {
        long start = line;
        List<byte[]> fields = new ArrayList<>();
        boolean quotedAny = false;
        boolean badQuote = false;
        ByteArrayOutputStream f = new ByteArrayOutputStream();
        boolean endOfRecord = false;
        while (!endOfRecord) {
          if (i < in.length && in[i] == '"') {
            quotedAny = true;
            long opened = line;
            i++;
            while (true) {
              if (i >= in.length) {
                List<String> out = new ArrayList<>(records);
                out.add("error at line " + opened);
                return out;
              }
              byte c = in[i];
              if (c == '"' && i + 1 < in.length && in[i + 1] == '"') {
                f.write('"');
                i += 2;
              } else if (c == '"') {
                i++;
                break;
              } else {
                if (c == '\n' && !(i > 0 && in[i - 1] == '\r')) {
                  line++;
                } else if (c == '\r') {
                  line++;
                }
                f.write(c);
                i++;
              }
            }
            while (i < in.length && in[i] != ',' && in[i] != '\n' && in[i] != '\r') {
              badQuote = true;
              f.write(in[i++]);
            }
          } else {
            while (i < in.length && in[i] != ',' && in[i] != '\n' && in[i] != '\r') {
              f.write(in[i++]);
            }
          }
          fields.add(f.toByteArray());
          f.reset();
          if (i >= in.length) {
            endOfRecord = true;
          } else if (in[i] == ',') {
            i++;
            if (i >= in.length) {
              fields.add(new byte[0]);
              endOfRecord = true;
            }
          } else {
            if (in[i] == '\r' && i + 1 < in.length && in[i + 1] == '\n') {
              i++;
            }
            i++;
            line++;
            endOfRecord = true;
          }
        }
        boolean blank = fields.size() == 1 && !quotedAny && isBlank(fields.get(0));
        if (blank) {
          continue;
        }
        boolean utf8 = true;
        for (byte[] x : fields) {
          try {
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(x));
          } catch (java.nio.charset.CharacterCodingException e) {
            utf8 = false;
          }
        }
        if (badQuote || !utf8) {
          rejected.add(start + " rejected");
          continue;
        }
        StringBuilder sb = new StringBuilder("line " + start + ":");
        for (byte[] x : fields) {
          sb.append('[').append(new String(x, StandardCharsets.UTF_8)).append(']');
        }
        records.add(sb.toString());
      }
      List<String> out = new ArrayList<>(records);
      out.addAll(rejected);
      return out;
    }

    private static boolean isBlank(byte[] b) {
      for (byte c : b) {
        if (c != ' ' && c != '\t') {
          return false;
        }
      }
      return true;
    }
  }
}
