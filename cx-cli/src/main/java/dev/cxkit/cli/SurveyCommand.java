package dev.cxkit.cli;

import dev.cxkit.metrics.drivers.KeyDriverResult;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cx survey}: NPS, CSAT or CES from a file of survey answers, by segment. */
@Command(
    name = "survey",
    mixinStandardHelpOptions = true,
    description = {
      "NPS (0-10), CSAT (1-5: top-2-box and mean) or CES (CES 2.0 1-7 by default) with intervals,"
          + " from a delimited file with a header row, optionally by segment and weighted; with"
          + " --driver-columns also the key drivers of the answer."
    },
    footer = {
      "",
      "Example:",
      "  ./cx survey --input target/cx-tour/survey.synthetic.csv --metric nps \\",
      "      --score-column ltr --segment-column region",
      "  ./cx survey --input target/cx-tour/survey.synthetic.csv --metric nps \\",
      "      --score-column ltr \\",
      "      --driver-columns status_page,IVR,support_agent,technician,bill"
    })
final class SurveyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FormatOption output;
  @Mixin SurveyInput input;

  @Override
  public Integer call() throws IOException {
    SurveyInput.Answers a = input.read();
    Result r =
        new Result("survey")
            .field(Column.text("metric"), input.metric.name())
            .field(Column.count("answers"), a.answers())
            .field(Column.count("blank_answers_skipped"), a.blank())
            .list("scores", SurveyInput.scoreTable(a));
    KeyDriverResult k = a.drivers();
    if (k != null) {
      r.field(Column.count("driver_rows"), k.n())
          .field(Column.count("driver_rows_skipped"), a.driverRowsSkipped())
          .field(Column.proportion("r_squared"), k.rSquared())
          .list("drivers", SurveyInput.driverTable(k));
    }
    r.print(spec.commandLine().getOut(), output.format);
    return 0;
  }
}
