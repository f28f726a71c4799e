package dev.cxkit.journey.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.JourneyAssembler;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.assembly.SplitRules;
import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.IngestReport;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.experience.EmotionScale;
import dev.cxkit.model.survey.Scale;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12 item 3: segment, emotion, score, value and outcome columns, stored compactly. */
class EventAttributesTest {
  private static final CsvFormat FORMAT =
      CsvFormat.of("customer", "time", "touchpoint")
          .withTimeFormat(TimeFormat.epochSeconds())
          .withSegment("persona")
          .withEmotion("feeling", EmotionScale.MAP_MINUS2_TO_PLUS2)
          .withScore("csat", Scale.csat5())
          .withValue("revenue")
          .withOutcome("resolved");

  private static final String HEADER =
      "customer,time,touchpoint,persona,feeling,csat,revenue,resolved\n";

  private static EventLog read(String csv, RejectPolicy policy, IngestReport[] report)
      throws IOException {
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    report[0] =
        CsvEventReader.of(FORMAT, policy)
            .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "a.csv", d, b);
    return b.build();
  }

  @Test
  void attributesAreReadValidatedAndKeptInColumns() throws IOException {
    String csv =
        HEADER
            + "c2,20,call,family,-2,1,-3.5,\n" // cost: negative value
            + "c1,10,web,student,1,5,12.5,yes\n"
            + "c1,11,call,,,,,\n" // no attribute on this event
            + "c2,25,shop,family,2,4,100,1\n";
    IngestReport[] r = new IngestReport[1];
    EventLog log = read(csv, RejectPolicy.failFast(), r);
    EventAttributes a = log.attributes();
    assertTrue(a.hasSegment() && a.hasEmotion() && a.hasScore() && a.hasValue() && a.hasOutcome());
    assertEquals(EmotionScale.MAP_MINUS2_TO_PLUS2, a.emotionScale().orElseThrow());
    assertEquals(List.of("family", "student"), log.dictionaries().segments().names());
    assertEquals(-1.0, a.emotion(0)); // -2 on the map scale is valence -1
    assertEquals(0.5, a.emotion(1));
    assertTrue(Double.isNaN(a.emotion(2)));
    assertEquals(5.0, a.score(1));
    assertEquals(-3.5, a.value(0));
    assertEquals(-1, a.outcome(0));
    assertEquals(1, a.outcome(1));
    assertEquals(-1, a.segment(2));
    // journeys assembled from the log carry the attributes of their events, in journey order
    Journeys js = JourneyAssembler.assemble(log, SplitRules.none(), TieBreak.ARRIVAL);
    EventAttributes ja = js.attributes();
    assertEquals(4, ja.size());
    int c2 = log.dictionaries().customers().id("c2");
    for (int j = 0; j < js.count(); j++) {
      int outcome = ja.outcome(js.start(j), js.end(j));
      assertEquals(1, outcome, "both customers' journeys record a resolution");
      if (js.customer(j) == c2) {
        assertEquals(-1.0, ja.emotion(js.start(j)));
        assertEquals(100.0, ja.value(js.end(j) - 1));
      }
    }
  }

  @Test
  void valuesOffTheirScaleAreRejectedWithTheRule() throws IOException {
    String csv =
        HEADER
            + "c1,1,a,x,3,5,1,yes\n" // emotion 3 off -2..2
            + "c1,2,a,x,1,6,1,yes\n" // CSAT 6 off 1..5
            + "c1,3,a,x,1,5,NaN,yes\n" // value not a number
            + "c1,4,a,x,1,5,1,maybe\n" // outcome not a boolean
            + "c1,5,a,x,1.5,5,1,no\n" // not a whole map score
            + "c1,6,a,x,0,3,1,no\n";
    IngestReport[] r = new IngestReport[1];
    EventLog log = read(csv, RejectPolicy.skipAndReport(), r);
    assertEquals(1, log.size());
    assertEquals(5, r[0].rejected());
    List<String> fields = r[0].rejections().stream().map(x -> x.field()).toList();
    assertEquals(List.of("feeling", "csat", "revenue", "resolved", "feeling"), fields);
    assertEquals(
        "emotion must be on the MAP_MINUS2_TO_PLUS2 scale (a whole number in -2..2)",
        r[0].rejections().get(0).rule());
    assertEquals(
        "score must be a whole number on the CSAT 1-5 scale (1..5)",
        r[0].rejections().get(1).rule());
    assertEquals("outcome must be 1/0, true/false or yes/no", r[0].rejections().get(3).rule());
    // nothing of a rejected row is interned
    assertEquals(1, log.dictionaries().segments().size());
    IngestException missing =
        assertThrows(
            IngestException.class,
            () -> read("customer,time,touchpoint\nc,1,a\n", RejectPolicy.failFast(), r));
    assertTrue(missing.getMessage().contains("the segment column 'persona'"), missing.getMessage());
  }

  @Test
  void jsonRecordsCarryTheSameAttributes() throws IOException {
    JsonMapping m =
        JsonMapping.of("user", "ts", "page")
            .withTimeFormat(TimeFormat.epochMillis())
            .withSegment("persona")
            .withEmotion("sentiment", EmotionScale.SENTIMENT_COMPOUND)
            .withScore("ces", Scale.ces2())
            .withValue("revenue")
            .withOutcome("resolved");
    String jsonl =
        "{\"user\":\"u\",\"ts\":1,\"page\":\"a\",\"persona\":\"p\",\"sentiment\":-0.25,\"ces\":6,"
            + "\"revenue\":9.5,\"resolved\":true}\n"
            + "{\"user\":\"u\",\"ts\":2,\"page\":\"b\",\"sentiment\":1.5}\n"
            + "{\"user\":\"u\",\"ts\":3,\"page\":\"c\",\"revenue\":\"lots\"}\n"
            + "{\"user\":\"u\",\"ts\":4,\"page\":\"d\"}\n";
    EventDictionaries d = new EventDictionaries();
    EventLog.Builder b = EventLog.builder(d);
    IngestReport r =
        JsonEventReader.of(m, RejectPolicy.skipAndReport())
            .read(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), d, b);
    EventLog log = b.build();
    assertEquals(2, log.size());
    assertEquals(2, r.rejected());
    assertEquals("sentiment", r.rejections().get(0).field());
    assertEquals("revenue", r.rejections().get(1).field());
    EventAttributes a = log.attributes();
    assertEquals(-0.25, a.emotion(0));
    assertEquals(6.0, a.score(0));
    assertEquals(9.5, a.value(0));
    assertEquals(1, a.outcome(0));
    assertEquals("p", d.segments().name(a.segment(0)));
    assertTrue(Double.isNaN(a.emotion(1)));
    assertEquals(-1, a.outcome(1));
  }

  @Test
  void aLogWithoutAttributeColumnsHasNone() throws IOException {
    EventDictionaries d = new EventDictionaries();
    EventLog log = EventLog.builder(d).add("c", 1, "a", "", "", "").build();
    assertTrue(log.attributes().isEmpty());
    assertFalse(log.attributes().hasEmotion());
    assertTrue(Double.isNaN(log.attributes().value(0)));
  }
}
