package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The survey reader (a field mapping over the CSV core) against the round-trip property of issue
 * 13: segment names with quotes, separators, line breaks and non-ASCII letters, written with random
 * quoting, BOM and line ends, come back from {@code ./cx survey --format json} exactly, each with
 * its number of answers.
 */
class SurveyReaderPropertiesTest {
  /** Names that need quoting somewhere, without surrounding blanks (the reader strips them). */
  @Provide
  Arbitrary<String> segment() {
    Arbitrary<String> inner =
        Arbitraries.strings().withChars("ab é日\",;\n\r'").ofMinLength(0).ofMaxLength(6);
    Arbitrary<Character> edge = Arbitraries.of('x', 'é', '日', '"', ',', ';', 'Z');
    return Combinators.combine(edge, inner, edge).as((a, m, b) -> a + m + b);
  }

  @Provide
  Arbitrary<List<Map.Entry<String, Integer>>> answers() {
    return Combinators.combine(segment(), Arbitraries.integers().between(0, 10))
        .as(Map::entry)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12);
  }

  private static String field(String v, char sep, boolean always) {
    boolean needs =
        always
            || v.indexOf(sep) >= 0
            || v.indexOf('"') >= 0
            || v.indexOf('\n') >= 0
            || v.indexOf('\r') >= 0;
    return needs ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  @Property(tries = 60)
  void segmentsRoundTrip(
      @ForAll("answers") List<Map.Entry<String, Integer>> rows,
      @ForAll boolean bom,
      @ForAll @IntRange(min = 0, max = 2) int lineEnd,
      @ForAll boolean quoteAll,
      @ForAll boolean semicolon)
      throws IOException {
    char sep = semicolon ? ';' : ',';
    String eol = new String[] {"\n", "\r\n", "\r"}[lineEnd];
    StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
    sb.append(field("ltr", sep, quoteAll)).append(sep).append(field("region", sep, quoteAll));
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> r : rows) {
      sb.append(eol)
          .append(field(Integer.toString(r.getValue()), sep, quoteAll))
          .append(sep)
          .append(field(r.getKey(), sep, quoteAll));
      counts.merge(r.getKey(), 1, Integer::sum);
    }
    Path file = Files.createTempFile("survey", ".csv");
    try {
      Files.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
      Cli.Result r =
          Cli.run(
                  "survey",
                  "--input",
                  file.toString(),
                  "--metric",
                  "nps",
                  "--score-column",
                  "ltr",
                  "--segment-column",
                  "region",
                  "--delimiter",
                  String.valueOf(sep),
                  "--format",
                  "json")
              .assertOk();
      JsonNode json = CliSchemas.assertValid("survey", r.out());
      assertEquals(rows.size(), json.get("answers").asInt());
      Map<String, Integer> seen = new LinkedHashMap<>();
      for (JsonNode s : json.get("scores")) {
        seen.put(s.get("segment").asText(), s.get("n").asInt());
      }
      assertEquals(counts, seen);
    } finally {
      Files.delete(file);
    }
  }
}
