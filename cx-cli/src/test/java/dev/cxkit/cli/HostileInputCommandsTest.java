package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input classes of issue 14 through the commands that read files (survey, journeys,
 * attribution, clv, map): exit 2 and one line on stderr naming file, line, field, value and rule;
 * no control character reaches the terminal.
 */
class HostileInputCommandsTest {
  @TempDir Path dir;

  private static final String NAME = "<b>x</b>\u001B[2J\u0007\u202Eevil";

  private static byte[] malformed(String before, String after) {
    byte[] a = before.getBytes(StandardCharsets.UTF_8);
    byte[] b = after.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[a.length + 2 + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    out[a.length] = (byte) 0xC3;
    out[a.length + 1] = (byte) 0x28;
    System.arraycopy(b, 0, out, a.length + 2, b.length);
    return out;
  }

  private static void assertNothingLive(Cli.Result r) {
    for (char c : r.err().strip().toCharArray()) {
      assertFalse(
          c < 0x20 || c == 0x7F || c == 0x202E || c == 0x200B,
          () -> "live character in stderr: " + r.err());
    }
  }

  private Cli.Result survey(Path f, String... extra) {
    String[] args = {"survey", "--input", f.toString(), "--metric", "nps", "--score-column", "ltr"};
    String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return Cli.run(all);
  }

  @Test
  void survey() throws IOException {
    survey(Cli.write(dir, "empty.csv", "")).assertBadInput("empty.csv", "line 1", "header line");
    survey(Cli.write(dir, "head.csv", "id,ltr\n")).assertBadInput("head.csv", "no answers");
    survey(Cli.write(dir, "miss.csv", "id,LTR\n1,9\n"))
        .assertBadInput("miss.csv", "line 1", "'ltr'", "did you mean 'LTR'");
    survey(Cli.write(dir, "dup.csv", "ltr,ltr\n9,9\n"))
        .assertBadInput("dup.csv", "must appear once");
    survey(Cli.write(dir, "semi.csv", "id;ltr\n1;9\n"))
        .assertBadInput("semi.csv", "columns are [id;ltr]");
    // a byte order mark (Excel's CSV UTF-8), CRLF and lone CR read exactly (issue 13)
    for (String eol : new String[] {"\r\n", "\r"}) {
      Path ok =
          Cli.write(
              dir, "bom.csv", "\uFEFFltr,region" + eol + "9,n" + eol + "10,n" + eol + "0,s" + eol);
      Cli.Result r = survey(ok, "--format", "csv").assertOk();
      assertEquals(1.0 / 3, Double.parseDouble(Cli.csvCell(r.out(), 0, "estimate")), 1e-12);
    }
    Path quoted = Cli.write(dir, "q.csv", "ltr,region\n9,\"north, \"\"upper\"\"\nside\"\n");
    Cli.Result q = survey(quoted, "--segment-column", "region", "--format", "csv").assertOk();
    // the segment is one value with its comma, quotes and line break (one result row)
    assertTrue(q.out().contains("upper") && q.out().contains("north"), q.out());
    survey(
            Cli.write(dir, "utf.csv", malformed("ltr,region\n9,caf", "\n")),
            "--segment-column",
            "region")
        .assertBadInput("utf.csv", "line 2", "region", "UTF-8");
    for (String v :
        new String[] {"-1", "11", "NaN", "Infinity", "0x9", "9.5", "99999999999999999999"}) {
      survey(Cli.write(dir, "n.csv", "ltr\n" + v + "\n"))
          .assertBadInput("n.csv", "line 2", "ltr", "0..10");
    }
    survey(Cli.write(dir, "w.csv", "ltr,w\n9,-1\n"), "--weight-column", "w")
        .assertBadInput("w.csv", "line 2", "w", "> 0");
    Cli.Result hostile =
        survey(Cli.write(dir, "h.csv", "ltr," + NAME + "\n9,x\n"), "--segment-column", "nope")
            .assertBadInput("h.csv", "line 1", "'nope'");
    assertNothingLive(hostile);
    Cli.Result cell =
        survey(Cli.write(dir, "c.csv", "ltr\n" + NAME + "\n")).assertBadInput("c.csv", "line 2");
    assertNothingLive(cell);
    survey(dir).assertBadInput(dir.toString(), "is a directory");
  }

  @Test
  void journeys() throws IOException {
    String head = "customer,time,touchpoint\n";
    Cli.run("journeys", "--input", Cli.write(dir, "e.csv", "").toString(), "variants")
        .assertBadInput("e.csv", "line 1", "header line");
    Cli.run("journeys", "--input", Cli.write(dir, "h.csv", head).toString(), "variants")
        .assertBadInput("h.csv", "no events");
    Cli.run(
            "journeys",
            "--input",
            Cli.write(dir, "m.csv", "customer,ts,touchpoint\nc,1,a\n").toString(),
            "variants")
        .assertBadInput("m.csv", "line 1", "'time'");
    Cli.run(
            "journeys",
            "--input",
            Cli.write(dir, "t.csv", head + "c,2023-02-31T00:00:00Z,a\nc,2023-02-01T00:00:00Z,b\n")
                .toString(),
            "variants")
        .assertBadInput("t.csv", "line 2", "time", "2023-02-31");
    Cli.run(
            "journeys",
            "--input",
            Cli.write(dir, "x.csv", head + "c,+999999999-12-31T23:59:59Z,a\n").toString(),
            "--time-format",
            "iso",
            "variants")
        .assertBadInput("x.csv", "line 2", "time", "epoch-millisecond range");
    Cli.run(
            "journeys",
            "--input",
            Cli.write(dir, "u.csv", malformed(head + "c,1700000000000,caf", "\n")).toString(),
            "variants")
        .assertBadInput("u.csv", "line 2", "touchpoint", "UTF-8");
    Cli.run(
            "journeys",
            "--input",
            Cli.write(dir, "q.csv", head + "c,1700000000000,\"open\n").toString(),
            "variants")
        .assertBadInput("q.csv", "line 2", "must be closed");
    Cli.run(
            "journeys",
            "--input",
            Cli.write(
                    dir,
                    "ok.csv",
                    "\uFEFF" + head + "\"c,1\",1700000000000,\"a\r\nb\"\r\nc,1700000060000,x\r\n")
                .toString(),
            "variants")
        .assertOk();
    Cli.run(
            "journeys",
            "--input",
            Cli.write(dir, "g.csv", head + "c,1700000000000,a\n").toString(),
            "--gap",
            "1.5h",
            "variants")
        .assertBadInput("--gap", "1.5h", "whole numbers");
    Cli.run(
            "journeys",
            "--input",
            Cli.write(dir, "s.csv", head.replace("\n", ",feeling\n") + "c,1700000000000,a,9\n")
                .toString(),
            "--emotion-column",
            "feeling",
            "--emotion-scale",
            "MERMAID_1_TO_5",
            "variants")
        .assertBadInput("s.csv", "line 2", "feeling", "'9'", "MERMAID_1_TO_5");
    Cli.Result hostile =
        Cli.run(
                "journeys",
                "--input",
                Cli.write(dir, "n.csv", head + NAME + ",later," + NAME + "\n").toString(),
                "--time-format",
                "epoch-millis",
                "variants")
            .assertBadInput("n.csv", "line 2", "time", "later");
    assertNothingLive(hostile);
  }

  @Test
  void attribution() throws IOException {
    String head = "path;total_conversions;total_conversion_value;total_null\n";
    Cli.run("attribution", "--input", Cli.write(dir, "e.csv", "").toString())
        .assertBadInput("e.csv", "line 1", "header line");
    Cli.run(
            "attribution",
            "--input",
            Cli.write(dir, "c.csv", head.replace(";", ",") + "a,1,1,0\n").toString())
        .assertBadInput("c.csv", "line 1", "'path' must be in the header");
    Cli.run("attribution", "--input", Cli.write(dir, "n.csv", head + "a;-1;0;1\n").toString())
        .assertBadInput("n.csv", "line 2", "total_conversions", "'-1'", ">= 0");
    Cli.run(
            "attribution",
            "--input",
            Cli.write(dir, "o.csv", head + "a;9223372036854775807;1;0\nb;9223372036854775807;1;0\n")
                .toString())
        .assertBadInput("o.csv", "line 3", "sum to at most");
    Cli.run("attribution", "--input", Cli.write(dir, "v.csv", head + "a;1;Infinity;0\n").toString())
        .assertBadInput("v.csv", "line 2", "total_conversion_value", "finite");
    Cli.run(
            "attribution",
            "--input",
            Cli.write(dir, "u.csv", malformed(head + "caf", ";1;1;0\n")).toString())
        .assertBadInput("u.csv", "line 2", "path", "UTF-8");
    Cli.Result quoted =
        Cli.run(
                "attribution",
                "--input",
                Cli.write(
                        dir,
                        "r.csv",
                        "\"\",\"path\",\"total_conversions\",\"total_conversion_value\",\"total_null\"\r\n\"1\",\"search > email\",3,30,7\r\n")
                    .toString(),
                "--delimiter",
                ",",
                "--model",
                "first",
                "--format",
                "csv")
            .assertOk();
    assertTrue(quoted.out().contains("search"), quoted.out());
    assertFalse(quoted.out().contains("\"search"), quoted.out());
  }

  @Test
  void clv() throws IOException {
    String head = "customer,date,amount\n";
    Cli.run("clv", "fit", "--model", "bgnbd", "--input", Cli.write(dir, "e.csv", "").toString())
        .assertBadInput("e.csv", "empty");
    Cli.run("clv", "fit", "--model", "bgnbd", "--input", Cli.write(dir, "h.csv", head).toString())
        .assertBadInput("h.csv", "no transactions");
    Cli.run(
            "clv",
            "fit",
            "--model",
            "bgnbd",
            "--input",
            Cli.write(dir, "a.csv", head + "c,2024-01-01,NaN\n").toString())
        .assertBadInput("a.csv", "line 2", "amount", "NaN");
    Cli.run(
            "clv",
            "fit",
            "--model",
            "bgnbd",
            "--input",
            Cli.write(dir, "m.csv", head).toString(),
            "--customer-column",
            "cust",
            "--date-column",
            "date",
            "--amount-column",
            "amount")
        .assertBadInput("m.csv", "line 1", "'cust'");
    Cli.run(
            "clv",
            "fit",
            "--model",
            "bgnbd",
            "--input",
            Cli.write(dir, "s.csv", "id,x,t_x,T\n1,2000000000,1,2\n1,0,0,2\n").toString())
        .assertBadInput("s.csv", "line 3", "also on line 2");
    Cli.run(
            "clv",
            "fit",
            "--model",
            "bgnbd",
            "--input",
            Cli.write(dir, "u.csv", malformed(head + "caf", ",2024-01-01,1\n")).toString())
        .assertBadInput("u.csv", "line 2", "customer", "UTF-8");
  }

  @Test
  void map() throws IOException {
    Cli.run("map", "--input", Cli.write(dir, "e.json", "").toString()).assertBadInput("e.json");
    Cli.run(
            "map",
            "--input",
            Cli.write(dir, "b.json", "{\"schemaVersion\": 1, \"name\": ").toString())
        .assertBadInput("b.json");
    Cli.run("map", "--input", Cli.write(dir, "v.json", "{\"schemaVersion\": 99}").toString())
        .assertBadInput("v.json", "schemaVersion");
    Cli.Result hostile =
        Cli.run(
                "map",
                "--input",
                Cli.write(
                        dir,
                        "h.json",
                        "{\"schemaVersion\": 1, \""
                            + NAME.replace("\u001B", "\\u001b").replace("\u0007", "\\u0007")
                            + "\": 1}")
                    .toString())
            .assertBadInput("h.json");
    assertNothingLive(hostile);
    Cli.run("map", "--input", dir.toString()).assertBadInput(dir.toString(), "is a directory");
  }

  @Test
  void largeInputsEndInAClearErrorUnder256MiB() throws Exception {
    // issue 14: 200 MB without a line end; at -Xmx256m the readers must stop at their limits
    Path big = Cli.sparse(dir, "big.csv", 200L << 20);
    String[][] commands = {
      {"survey", "--input", big.toString(), "--metric", "nps", "--score-column", "ltr"},
      {"journeys", "--input", big.toString(), "variants"},
      {"attribution", "--input", big.toString()},
      {
        "clv",
        "fit",
        "--model",
        "bgnbd",
        "--input",
        big.toString(),
        "--input-format",
        "transactions"
      },
      {"map", "--input", big.toString()},
    };
    for (String[] c : commands) {
      Cli.Result r = Cli.runForked256m(c);
      assertEquals(CxCommand.BAD_INPUT, r.status(), () -> String.join(" ", c) + ": " + r.err());
      assertEquals(1, r.err().strip().lines().count(), r::err);
      assertTrue(r.err().contains("big.csv"), r::err);
    }
  }
}
