package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.json.CxJson;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.samples.JourneyMapSamples;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapCommandTest {
  @TempDir Path dir;

  @Test
  void mermaidHasOneSectionPerStageAndOneTaskPerStep() {
    Cli.Result r = Cli.run("map", "--sample", "cable-outage").assertOk();
    JourneyMap map = JourneyMapSamples.cableOutage();
    assertEquals("journey", r.lines().get(0));
    assertEquals(
        map.stages().size(), r.lines().stream().filter(l -> l.contains("section ")).count());
    assertEquals(map.steps().size(), r.lines().stream().filter(l -> l.startsWith("    ")).count());
    // "IVR routes the call" has valence -1 -> Mermaid score 1
    assertTrue(r.out().contains("IVR routes the call: 1"), r.out());
  }

  @Test
  void jsonRoundTripsThroughAFile() throws IOException {
    String json = Cli.run("map", "--sample", "b2b-purchase", "--format", "json").assertOk().out();
    Path file = Cli.write(dir, "m.json", json);
    JourneyMap back = CxJson.strict().fromJson(json, JourneyMap.class);
    assertEquals(JourneyMapSamples.b2bPurchase(), back);
    Cli.run("map", "--input", file.toString(), "--format", "mermaid").assertOk();
  }

  @Test
  void svgAndHtml() throws Exception {
    String svg = Cli.run("map", "--sample", "cable-outage", "--format", "svg").assertOk().out();
    javax.xml.parsers.DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)));
    String html = Cli.run("map", "--sample", "cable-outage", "--format", "html").assertOk().out();
    assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<svg"), html);
  }

  @Test
  void hostileNamesAreSafeInEveryFormat() throws Exception {
    String name = "<script>alert(1)</script> \u202e\u200b\u2028 a: b; #c %% d";
    JourneyMap hostile =
        JourneyMap.builder().from(JourneyMapSamples.cableOutage()).name(name).build();
    Path file = Cli.write(dir, "hostile.json", CxJson.strict().toJson(hostile));
    String json = Cli.run("map", "--input", file.toString(), "--format", "json").assertOk().out();
    for (String raw : new String[] {"<", ">", "\u202e", "\u200b", "\u2028"}) {
      assertFalse(json.contains(raw), "raw " + raw + " in the JSON text");
    }
    assertEquals(hostile, CxJson.strict().fromJson(json, JourneyMap.class), "escaping is lossless");
    String mermaid = Cli.run("map", "--input", file.toString()).assertOk().out();
    assertFalse(mermaid.contains("<") || mermaid.contains("%%") || mermaid.contains("\u202e"));
    assertTrue(mermaid.contains("#60;script#62;alert(1)#60;/script#62; [U+202E][U+200B]"), mermaid);
    for (String format : new String[] {"svg", "html"}) {
      String out = Cli.run("map", "--input", file.toString(), "--format", format).assertOk().out();
      assertFalse(out.contains("<script") || out.contains("\u202e"), format);
      assertTrue(out.contains("&lt;script&gt;"), format);
    }
  }

  @Test
  void badInput() throws IOException {
    Path bad = Cli.write(dir, "bad.json", "{\"id\": 3}");
    Cli.run("map", "--input", bad.toString()).assertBadInput("bad.json");
    Cli.run("map", "--sample", "moon-landing").assertBadInput("moon-landing");
    Cli.run("map", "--sample", "cable-outage", "--format", "pdf").assertBadInput("--format");
    Cli.run("map").assertBadInput("--input");
  }
}
