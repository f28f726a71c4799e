package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.conformance.ConformanceChecker;
import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.journey.markov.TransitionCounts;
import dev.cxkit.journey.whatif.AbsorbingChain;
import dev.cxkit.journey.whatif.Change;
import dev.cxkit.journey.whatif.WhatIf;
import dev.cxkit.journey.whatif.WhatIfResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
      "Changes: STEP:drop-off=-20%%  (20 %% less drop-off at STEP), STEP:remove,"
          + " FROM>TO:p=0.3 (set a transition probability)."
    },
    footer = {
      "",
      "Example:",
      "  ./cx whatif --input target/cx-tour/events.synthetic.csv --type-column type \\",
      "      --goal-type technician-visit --gap P7D --sample cable-outage \\",
      "      --change \"department-transfer:drop-off=-50%%\" --value-per-conversion 120"
    })
final class WhatIfCommand implements Callable<Integer> {
  private static final Pattern DROP = Pattern.compile("(.+):drop-off=-(\\d+(?:\\.\\d+)?)%");
  private static final Pattern REMOVE = Pattern.compile("(.+):remove");
  private static final Pattern SET = Pattern.compile("(.+)>(.+):p=(\\d*\\.?\\d+)");

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
    AbsorbingChain chain =
        map != null || sample != null
            ? AbsorbingChain.fromConformance(
                ConformanceChecker.of(StepMatcher.byTouchpoint(MapCommand.load(map, sample)))
                    .check(js))
            : fromMarkov(TransitionCounts.of(js, events.pathOptions(), 1).chain());
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

  static Change parse(String text, AbsorbingChain chain) {
    Matcher m = DROP.matcher(text);
    if (m.matches()) {
      return Change.reduceDropOff(known(m.group(1), chain, text), percent(m.group(2), text));
    }
    m = REMOVE.matcher(text);
    if (m.matches()) {
      return Change.removeStep(known(m.group(1), chain, text));
    }
    m = SET.matcher(text);
    if (m.matches()) {
      return Change.setTransition(
          known(m.group(1), chain, text), m.group(2), Double.parseDouble(m.group(3)));
    }
    throw new BadInputException(
        "--change value '" + text + "': must be STEP:drop-off=-N%, STEP:remove or FROM>TO:p=P");
  }

  private static double percent(String number, String text) {
    double p = Double.parseDouble(number) / 100;
    if (!(p > 0 && p <= 1)) {
      throw new BadInputException(
          "--change value '" + text + "': drop-off reduction must be in (0 %, 100 %]");
    }
    return p;
  }

  private static String known(String state, AbsorbingChain chain, String text) {
    if (!chain.hasState(state)) {
      List<String> states = chain.states();
      throw new BadInputException(
          String.format(
              Locale.ROOT,
              "--change value '%s': no state '%s' in the journeys' model; states are %s",
              text,
              state,
              states.size() > 15 ? states.subList(0, 15) + "..." : states));
    }
    return state;
  }

  /** The order-1 journey chain with cxkit's absorbing-chain state names. */
  static AbsorbingChain fromMarkov(MarkovChain c) {
    AbsorbingChain.Builder b = AbsorbingChain.builder();
    for (int s = 0; s < c.stateCount(); s++) {
      if (c.isAbsorbing(s)) {
        continue;
      }
      String from = s == MarkovChain.START ? AbsorbingChain.START : c.stateName(s);
      for (int to : c.successors(s)) {
        String name =
            to == MarkovChain.CONVERSION
                ? AbsorbingChain.CONVERSION
                : to == MarkovChain.NON_CONVERSION ? AbsorbingChain.DROP_OFF : c.stateName(to);
        b.transition(from, name, c.probability(s, to));
      }
    }
    return b.build();
  }
}
