package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.conformance.ConformanceChecker;
import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.journey.markov.TransitionCounts;
import dev.cxkit.journey.whatif.Change;
import dev.cxkit.journey.whatif.WhatIf;
import dev.cxkit.journey.whatif.WhatIfResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cx whatif}: baseline vs changed conversion on the Markov model of the journeys. */
@Command(
    name = "whatif",
    mixinStandardHelpOptions = true,
    description = {
      "Change a step of the journeys' Markov model and compute exactly the new conversion"
          + " probability, expected steps and value at stake. With --map/--sample the model is"
          + " over the map's steps (journeys aligned to the map); otherwise over the --dimension"
          + " of the events.",
      "Changes (the text form of the API's Change.parse): STEP:drop-off=-20%% (20 %% less"
          + " drop-off at STEP), STEP:remove-loop=TARGET, STEP:proactive=50%%/-30%% (a proactive"
          + " touch reaching 50 %% of the step's journeys, 30 %% less drop-off after it),"
          + " FROM:shift=TO@30%% (30 %% of the traffic into FROM goes to TO), FROM:to=TO@0.3 (set a"
          + " transition probability; TO may be (conversion) or (drop-off)), STEP:remove. Several"
          + " --change options are also evaluated together, each against the baseline."
    },
    footer = {
      "",
      "Example:",
      "  ./cx whatif --input target/cx-tour/events.synthetic.csv --type-column type \\",
      "      --goal-type technician-visit --gap P7D --sample cable-outage \\",
      "      --change \"department-transfer:drop-off=-50%%\" --value-per-conversion 120"
    })
final class WhatIfCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EventInput events;
  @Mixin FormatOption output;

  @Option(names = "--map", description = "Journey map JSON: model the map's steps.")
  Path map;

  @Option(names = "--sample", description = "A bundled map instead of --map (cable-outage, ...).")
  String sample;

  @Option(names = "--change", required = true, description = "A change; repeat for several.")
  List<String> changes;

  @Option(
      names = "--value-per-conversion",
      defaultValue = "0",
      description = "Value of one conversion (default: ${DEFAULT-VALUE}).")
  double valuePerConversion;

  @Override
  public Integer call() throws IOException {
    Journeys js = events.journeys();
    MarkovChain chain =
        map != null || sample != null
            ? ConformanceChecker.of(StepMatcher.byTouchpoint(MapCommand.load(map, sample)))
                .check(js)
                .chain()
            : TransitionCounts.of(js, events.pathOptions(), 1).chain();
    WhatIf w = WhatIf.of(chain).journeys(js.count()).valuePerConversion(valuePerConversion);
    List<Change> parsed = new ArrayList<>();
    for (String c : changes) {
      parsed.add(parse(c, chain));
    }
    Table t =
        new Table(
            Column.text("change"),
            Column.flag("combined"),
            Column.proportion("conversion_before"),
            Column.proportion("conversion_after"),
            Column.proportion("conversion_change"),
            Column.amount("steps_before"),
            Column.amount("steps_after"),
            Column.amount("conversions_gained"),
            Column.money("value_at_stake"));
    for (Change c : parsed) {
      row(t, w.evaluate(c), false);
    }
    if (parsed.size() > 1) {
      row(t, w.evaluate(parsed), true);
    }
    new Result("whatif")
        .field(Column.count("journeys"), js.count())
        .field(Column.money("value_per_conversion"), valuePerConversion)
        .list("scenarios", t)
        .print(spec.commandLine().getOut(), output.format);
    return 0;
  }

  private static void row(Table t, WhatIfResult r, boolean combined) {
    t.row(
        r.change(),
        combined,
        r.conversionBefore(),
        r.conversionAfter(),
        r.conversionChange(),
        r.stepsBefore(),
        r.stepsAfter(),
        r.conversionsGained(),
        r.valueAtStake());
  }

  /** The change {@code text} (one grammar: {@link Change#parse}), its states checked. */
  static Change parse(String text, MarkovChain chain) {
    Change change;
    try {
      change = Change.parse(text);
    } catch (IllegalArgumentException e) {
      String rule = e.getMessage().replaceFirst("^change '.*?': ", "");
      throw new BadInputException("--change value '" + text + "': " + rule);
    }
    for (String state : change.states()) {
      if (!chain.hasState(state)) {
        List<String> states = new ArrayList<>();
        for (int s = 0; s < chain.stateCount(); s++) {
          if (!chain.isAbsorbing(s)) {
            states.add(chain.stateName(s));
          }
        }
        throw new BadInputException(
            String.format(
                Locale.ROOT,
                "--change value '%s': no state '%s' in the journeys' model; states are %s",
                text,
                state,
                states.size() > 15 ? states.subList(0, 15) + "..." : states));
      }
    }
    return change;
  }
}
