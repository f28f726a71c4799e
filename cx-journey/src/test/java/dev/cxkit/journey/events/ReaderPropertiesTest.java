package dev.cxkit.journey.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cxkit.journey.attribution.PathTableReader;
import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.testing.CsvWriting;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every journey reader against one round-trip property with arbitrary names (issue 13), and on
 * arbitrary bytes: nothing but a result or an {@link IngestException} (issue 14).
 */
class ReaderPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Provide
  Arbitrary<List<List<String>>> events() {
    return CsvWriting.names().list().ofSize(3).list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 300)
  void eventCsvRoundTrips(
      @ForAll("events") List<List<String>> rows,
      @ForAll boolean bom,
      @ForAll @IntRange(min = 0, max = 2) int lineEnd,
      @ForAll boolean quoteAll,
      @ForAll boolean semicolon)
      throws IOException {
    char sep = semicolon ? ';' : ',';
    String eol = new String[] {"\n", "\r\n", "\r"}[lineEnd];
    StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
    sb.append(
        CsvWriting.record(List.of("customer", "time", "touchpoint", "channel"), sep, quoteAll));
    for (int i = 0; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      sb.append(eol)
          .append(
              CsvWriting.record(
                  List.of(r.get(0), Long.toString(1_700_000_000_000L + i), r.get(1), r.get(2)),
                  sep,
                  quoteAll));
    }
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    CsvEventReader.of(
            CsvFormat.of("customer", "time", "touchpoint")
                .withChannel("channel")
                .withSeparator(sep),
            RejectPolicy.failFast())
        .read(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)), d, b);
    EventLog log = b.build();
    assertEquals(rows.size(), log.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(rows.get(i).get(0), d.customers().name(log.customer(i)));
      assertEquals(rows.get(i).get(1), d.touchpoints().name(log.touchpoint(i)));
      assertEquals(rows.get(i).get(2), d.channels().name(log.channel(i)));
      assertEquals(1_700_000_000_000L + i, log.time(i));
    }
  }

  @Property(tries = 300)
  void jsonLinesRoundTrip(@ForAll("events") List<List<String>> rows, @ForAll boolean crlf)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      ObjectNode o = JSON.createObjectNode();
      o.put("user", rows.get(i).get(0))
          .put("ts", 1_700_000_000L + i)
          .put("page", rows.get(i).get(1));
      o.put("channel", rows.get(i).get(2));
      sb.append(JSON.writeValueAsString(o)).append(crlf ? "\r\n" : "\n");
    }
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    JsonEventReader.of(
            JsonMapping.of("user", "ts", "page").withChannel("channel"), RejectPolicy.failFast())
        .read(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)), d, b);
    EventLog log = b.build();
    assertEquals(rows.size(), log.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(rows.get(i).get(0), d.customers().name(log.customer(i)));
      assertEquals(rows.get(i).get(1), d.touchpoints().name(log.touchpoint(i)));
      assertEquals((1_700_000_000L + i) * 1000, log.time(i), "epoch seconds detected");
    }
  }

  /** Channel names: arbitrary, but without the layout's path separators and outer blanks. */
  @Provide
  Arbitrary<List<List<String>>> paths() {
    Arbitrary<String> channel =
        CsvWriting.names()
            .map(s -> s.replaceAll("[>|,;\\t]", "x").strip())
            .filter(s -> !s.isEmpty());
    return channel.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 300)
  void pathTableRoundTrips(
      @ForAll("paths") List<List<String>> paths, @ForAll boolean bom, @ForAll boolean quoteAll)
      throws IOException {
    StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
    sb.append("path;total_conversions;total_conversion_value;total_null\n");
    for (List<String> p : paths) {
      sb.append(CsvWriting.record(List.of(String.join(" > ", p), "1", "0.5", "2"), ';', quoteAll))
          .append('\n');
    }
    PathTable t =
        PathTableReader.channelAttribution()
            .read(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)));
    List<List<String>> distinct = new ArrayList<>();
    for (List<String> p : paths) {
      if (!distinct.contains(p)) {
        distinct.add(p);
      }
    }
    assertEquals(distinct.size(), t.pathCount());
    for (int i = 0; i < distinct.size(); i++) {
      assertEquals(distinct.get(i), t.path(i));
    }
    assertEquals(paths.size(), t.totalConversions());
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return CsvWriting.bytesAfter(
        "customer,time,touchpoint\n",
        "path;total_conversions;total_conversion_value;total_null\n",
        "{\"user\":");
  }

  @Property(tries = 1000)
  void arbitraryBytesGiveAResultOrAnIngestException(@ForAll("bytes") byte[] input) {
    List<ThrowingRead> readers =
        List.of(
            in ->
                CsvEventReader.of(
                        CsvFormat.of("customer", "time", "touchpoint"),
                        RejectPolicy.skipAndReport())
                    .read(in, new EventDictionaries(), EventLog.builder(new EventDictionaries())),
            in ->
                JsonEventReader.of(
                        JsonMapping.of("user", "ts", "page"), RejectPolicy.skipAndReport())
                    .read(in, new EventDictionaries(), EventLog.builder(new EventDictionaries())),
            in ->
                JsonEventReader.segment(RejectPolicy.skipAndReport())
                    .read(in, new EventDictionaries(), EventLog.builder(new EventDictionaries())),
            in ->
                PathTableReader.channelAttribution()
                    .withRejectPolicy(RejectPolicy.skipAndReport())
                    .read(in, "input", PathTable.builder()));
    for (ThrowingRead r : readers) {
      try {
        r.read(new ByteArrayInputStream(input));
      } catch (IngestException expected) {
        // a clear error is a valid outcome; anything else fails the property
      } catch (IOException e) {
        throw new AssertionError("only IngestException may come out of a reader", e);
      }
    }
  }

  @FunctionalInterface
  private interface ThrowingRead {
    Object read(java.io.InputStream in) throws IOException;
  }
}
