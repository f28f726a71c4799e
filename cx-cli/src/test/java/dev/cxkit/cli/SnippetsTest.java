package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.assembly.*;
import dev.cxkit.journey.attribution.*;
import dev.cxkit.journey.conformance.*;
import dev.cxkit.journey.events.*;
import dev.cxkit.journey.funnel.*;
import dev.cxkit.journey.insight.*;
import dev.cxkit.journey.markov.*;
import dev.cxkit.journey.paths.*;
import dev.cxkit.journey.whatif.*;
import dev.cxkit.metrics.clv.*;
import dev.cxkit.metrics.drivers.*;
import dev.cxkit.metrics.experience.*;
import dev.cxkit.metrics.gaps.*;
import dev.cxkit.metrics.kano.*;
import dev.cxkit.metrics.retention.*;
import dev.cxkit.metrics.sentiment.*;
import dev.cxkit.metrics.stats.*;
import dev.cxkit.metrics.survey.*;
import dev.cxkit.model.*;
import dev.cxkit.model.blueprint.*;
import dev.cxkit.model.experience.*;
import dev.cxkit.model.interaction.*;
import dev.cxkit.model.journey.*;
import dev.cxkit.model.json.*;
import dev.cxkit.model.lifecycle.*;
import dev.cxkit.model.map.*;
import dev.cxkit.model.persona.*;
import dev.cxkit.model.samples.*;
import dev.cxkit.model.survey.*;
import dev.cxkit.model.touchpoint.*;
import dev.cxkit.render.*;
import dev.cxkit.render.chart.*;
import dev.cxkit.render.map.*;
import dev.cxkit.render.text.*;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void cxCommand() throws Exception {
    // @start region="cxCommand"
    int status =
        CxCommand.commandLine()
            .execute("nps", "--promoters", "250", "--passives", "675", "--detractors", "75");
    // @end
  }

  @Test
  void cliPackage(@TempDir Path dir) throws Exception {
    Path paths =
        Cli.write(
            dir,
            "paths.csv",
            "path;total_conversions;total_conversion_value;total_null\n"
                + "search > email;3;120.0;1\n"
                + "email;1;40.0;2\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // @start region="cliPackage"
    // ./cx attribution --input paths.csv --model markov,linear --format csv
    CommandLine cx = CxCommand.commandLine();
    cx.setOut(new PrintWriter(out, true));
    cx.setErr(new PrintWriter(err, true));
    int status =
        cx.execute(
            "attribution",
            "--input",
            paths.toString(),
            "--model",
            "markov,linear",
            "--format",
            "csv");
    // status 0; out: a CSV header, then one record per model and channel
    // @end
    assertEquals(0, status, err::toString);
    List<List<String>> records = Cli.csv(out.toString());
    assertEquals(
        List.of("model", "channel", "conversions", "value", "conversion_share"), records.get(0));
    assertEquals(4, records.size() - 1, out::toString);
  }

  @Test
  void atomicFile(@TempDir Path dir) throws Exception {
    String html = "<!DOCTYPE html><title>report</title>";
    // @start region="atomicFile"
    try (AtomicFile f = AtomicFile.create(dir.resolve("events.csv"))) {
      Files.writeString(f.temp(), "customer,event,time\n");
      assertFalse(Files.exists(dir.resolve("events.csv"))); // nothing visible before commit
      f.commit();
    }
    AtomicFile.writeString(dir.resolve("report.html"), html);
    // @end
    assertEquals("customer,event,time\n", Files.readString(dir.resolve("events.csv")));
    assertEquals(html, Files.readString(dir.resolve("report.html")));
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file left");
    }
  }

  @Test
  void tourData(@TempDir Path dir) throws Exception {
    JourneyMap map = JourneyMapSamples.cableOutage();
    // @start region="tourData"
    try (TourData data = TourData.write(dir, map, 200, 7)) {
      assertTrue(Files.size(data.events()) > 0); // analysed in a private directory ...
      assertFalse(Files.exists(dir.resolve(TourData.EVENTS)));
      data.publish(); // ... then moved into dir, each file atomically
    }
    // @end
    assertTrue(Files.size(dir.resolve(TourData.EVENTS)) > 0);
    assertTrue(Files.size(dir.resolve(TourData.SURVEY)) > 0);
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "the private directory is gone");
    }
  }

  @Test
  void result() throws Exception {
    Table parameters =
        new Table(Column.text("parameter"), Column.estimate("value"))
            .row("r", 0.243)
            .row("alpha", 4.414);
    StringWriter out = new StringWriter();
    // @start region="result"
    Result r =
        new Result("clv fit")
            .field(Column.text("model"), "bgnbd")
            .field(Column.count("customers"), 2357)
            .field(Column.flag("converged"), true)
            .list("parameters", parameters);
    r.print(new PrintWriter(out), OutputFormat.json);
    // {
    //   "command": "clv fit",
    //   "schema_version": 1,
    //   "model": "bgnbd",
    //   "customers": 2357,
    //   "converged": true,
    //   "parameters": [
    //     {"parameter": "r", "value": 0.243},
    //     {"parameter": "alpha", "value": 4.414}
    //   ]
    // }
    // @end
    assertEquals(
        String.join(
            "\n",
            "{",
            "  \"command\": \"clv fit\",",
            "  \"schema_version\": 1,",
            "  \"model\": \"bgnbd\",",
            "  \"customers\": 2357,",
            "  \"converged\": true,",
            "  \"parameters\": [",
            "    {\"parameter\": \"r\", \"value\": 0.243},",
            "    {\"parameter\": \"alpha\", \"value\": 4.414}",
            "  ]",
            "}",
            ""),
        out.toString());
  }

  @Test
  void column() {
    // @start region="column"
    Table funnel =
        new Table(Column.text("step"), Column.count("reached"), Column.proportion("from_start"))
            .row("call-support", 1000, 1.0)
            .row("troubleshoot", 620, 0.62);
    funnel.csv(); // "step,reached,from_start\r\ncall-support,1000,1\r\ntroubleshoot,620,0.62\r\n"
    // @end
    assertEquals(
        "step,reached,from_start\r\ncall-support,1000,1\r\ntroubleshoot,620,0.62\r\n",
        funnel.csv());
  }

  @Test
  void optionValues() {
    // @start region="optionValues"
    OptionValues.checkConfidence(0.95); // fine
    BadInputException e =
        assertThrows(BadInputException.class, () -> OptionValues.checkConfidence(1.0));
    String message = e.getMessage(); // "--confidence must be in (0, 1), was 1.0"
    // @end
    assertEquals("--confidence must be in (0, 1), was 1.0", message);
    assertThrows(BadInputException.class, () -> OptionValues.checkConfidence(Double.NaN));
  }
}
