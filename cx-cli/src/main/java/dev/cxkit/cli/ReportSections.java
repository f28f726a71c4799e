package dev.cxkit.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The sections of {@code cx report}: each is named after the analysis command whose options it
 * takes ({@code map}, {@code journeys}, {@code insights}, {@code attribution}, {@code survey},
 * {@code clv}) plus {@code retention} for a contractual cohort; they follow each other on one
 * command line, {@code survey} as often as there are questions to score.
 */
final class ReportSections {
  private ReportSections() {}

  /** A section of the report: collected by the report, which writes when it has them all. */
  abstract static class Section implements Callable<Integer> {
    @ParentCommand ReportCommand report;

    @Override
    public Integer call() throws Exception {
      return report.collect(this);
    }
  }

  /** {@code map}: the journey map as designed (options of {@code cx map}). */
  @Command(
      name = "map",
      mixinStandardHelpOptions = true,
      description = {
        "The journey map as designed: pain points, emotional low points, the future state; with"
            + " journeys also the designed-vs-observed section. Options of ./cx map."
      },
      footer = {
        "",
        "Example:",
        "  ./cx report --out map-report.html \\",
        "      map --sample cable-outage --future-sample cable-outage-future"
      })
  static final class MapSection extends Section {
    @Mixin MapInput input;
  }

  /** {@code journeys}: journeys from an event log (options of {@code cx journeys}). */
  @Command(
      name = "journeys",
      mixinStandardHelpOptions = true,
      description = {
        "Journeys assembled from an event log: paths and flows, the funnel (with --step), the"
            + " Markov chain of the journeys. Options of ./cx journeys and its funnel."
      },
      footer = {
        "",
        "Example:",
        "  ./cx report --out journeys-report.html \\",
        "      journeys --input target/cx-tour/events.synthetic.csv --type-column type \\",
        "      --goal-type technician-visit --gap P7D --dimension type \\",
        "      --collapse-repeats --step call-support --step technician-visit"
      })
  static final class JourneysSection extends Section {
    @Mixin EventInput events;
    @Mixin FunnelOptions funnel;
  }

  /** {@code insights}: the assumptions of the action plan (options of {@code cx insights}). */
  @Command(
      name = "insights",
      mixinStandardHelpOptions = true,
      description = {
        "The assumptions of the designed-vs-observed section's action plan and its"
            + " moment-of-truth estimates (included whenever map and journeys are given). Options"
            + " of ./cx insights."
      },
      footer = {
        "",
        "Example:",
        "  ./cx report --out insights-report.html \\",
        "      map --sample cable-outage \\",
        "      journeys --input target/cx-tour/events.synthetic.csv --type-column type \\",
        "      --goal-type technician-visit --gap P7D \\",
        "      insights --value-per-conversion 120"
      })
  static final class InsightsSection extends Section {
    @Mixin ActionPlanOptions plan;
    @Mixin EffectOptionsMixin effects;
  }

  /** {@code attribution}: a path table (options of {@code cx attribution}). */
  @Command(
      name = "attribution",
      mixinStandardHelpOptions = true,
      description = {
        "Channel credit of a path table under each --model, side by side. Options of ./cx"
            + " attribution."
      },
      footer = {
        "",
        "Example:",
        "  ./cx report --out attribution-report.html \\",
        "      attribution \\",
        "      --input cx-examples/data/attribution/channelattribution_Data.csv \\",
        "      --model first,last,linear,markov"
      })
  static final class AttributionSection extends Section {
    @Mixin AttributionOptions options;
  }

  /** {@code survey}: one question of a survey file (options of {@code cx survey}); repeatable. */
  @Command(
      name = "survey",
      mixinStandardHelpOptions = true,
      description = {
        "Scores of one question with intervals, by segment, and with --driver-columns its key"
            + " drivers; repeat the section for more questions. Options of ./cx survey."
      },
      footer = {
        "",
        "Example:",
        "  ./cx report --out survey-report.html \\",
        "      survey --input target/cx-tour/survey.synthetic.csv --metric nps \\",
        "      --score-column ltr \\",
        "      --driver-columns status_page,IVR,support_agent,technician,bill \\",
        "      survey --input target/cx-tour/survey.synthetic.csv --metric csat \\",
        "      --score-column csat"
      })
  static final class SurveySection extends Section {
    @Mixin SurveyInput input;
  }

  /** {@code clv}: purchases (options of {@code cx clv predict}). */
  @Command(
      name = "clv",
      mixinStandardHelpOptions = true,
      description = {
        "Purchases: retention (time to a repeat purchase, Kaplan-Meier) and customer lifetime"
            + " value (the --model fit, Gamma-Gamma spend, the top customers). Options of ./cx clv"
            + " predict."
      },
      footer = {
        "",
        "Example:",
        "  ./cx report --out clv-report.html \\",
        "      clv --input cx-examples/data/cdnow/CDNOW_sample.txt \\",
        "      --calibration-end 1997-09-30 --horizon 39 --top 8"
      })
  static final class ClvSection extends Section {
    @Mixin ClvInput input;
    @Mixin ClvCommand.PredictOptions options;
  }

  /** {@code retention}: a contractual cohort's survivors, fitted with shifted-beta-geometric. */
  @Command(
      name = "retention",
      mixinStandardHelpOptions = true,
      description = {
        "A contractual cohort: customers still active at the start and after each period, fitted"
            + " with the shifted-beta-geometric model (Fader & Hardie 2007) and forecast."
      },
      footer = {
        "",
        "Example:",
        "  ./cx report --out retention-report.html \\",
        "      retention --survivors 1000,631,468,382,326 \\",
        "      --holdout-survivors 289,262,241"
      })
  static final class RetentionSection extends Section {
    @Option(
        names = "--survivors",
        required = true,
        split = ",",
        description =
            "Active customers at the start and after each period, e.g. 1000,631,468 (at least"
                + " three counts, never increasing).")
    List<Long> survivors;

    @Option(
        names = "--holdout-survivors",
        split = ",",
        description =
            "Active customers observed after the next periods, to compare with the forecast.")
    List<Long> holdout;

    @Option(
        names = "--forecast",
        defaultValue = "3",
        description =
            "Periods to forecast when no --holdout-survivors are given (default:"
                + " ${DEFAULT-VALUE}).")
    int forecast;

    @Option(
        names = "--cohort",
        defaultValue = "the cohort",
        description = "The cohort's name in the report (default: ${DEFAULT-VALUE}).")
    String cohort;
  }
}
