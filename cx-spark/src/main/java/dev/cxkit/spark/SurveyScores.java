package dev.cxkit.spark;

import dev.cxkit.metrics.survey.CsatScore;
import dev.cxkit.metrics.survey.EffortScale;
import dev.cxkit.metrics.survey.EffortScore;
import dev.cxkit.metrics.survey.NetScoreCounts;
import dev.cxkit.metrics.survey.NetScoreDefinition;
import dev.cxkit.metrics.survey.NetScores;
import dev.cxkit.metrics.survey.Score;
import dev.cxkit.metrics.survey.ScoreDistribution;
import dev.cxkit.model.survey.Scale;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Score distributions per group, merged by Spark and scored on the driver with cx-metrics' own
 * calculators: the same {@link Score}s, intervals and comparisons as on one machine.
 *
 * <pre>{@code
 * SurveyScores s = SparkSurveys.distributions(answers, "nps", Scale.nps(), "region");
 * Score north = s.netScores(NetScoreDefinition.nps()).get(List.of("north"));
 * ScoreComparison c = Comparisons.netScores(s.netScoreCounts(def, "north"),
 *     s.netScoreCounts(def, "south"));
 * }</pre>
 *
 * <p>Groups are keyed by the grouping columns' values as text, in the order of the columns (a null
 * value is a null element); groups iterate in ascending key order.
 */
public final class SurveyScores {
  private final Scale scale;
  private final List<String> groupColumns;
  private final Map<List<@Nullable String>, ScoreDistribution> distributions;
  private final RejectionReport rejections;

  SurveyScores(
      Scale scale,
      List<String> groupColumns,
      Map<List<@Nullable String>, ScoreDistribution> distributions,
      RejectionReport rejections) {
    this.scale = scale;
    this.groupColumns = List.copyOf(groupColumns);
    this.distributions = Collections.unmodifiableMap(distributions);
    this.rejections = rejections;
  }

  /** The answer scale. */
  public Scale scale() {
    return scale;
  }

  /** The grouping columns (empty: one group, the whole table, keyed by the empty list). */
  public List<String> groupColumns() {
    return groupColumns;
  }

  /** Distribution per group. */
  public Map<List<@Nullable String>, ScoreDistribution> distributions() {
    return distributions;
  }

  /**
   * The distribution of one group, given its key values in column order.
   *
   * @throws IllegalArgumentException if no such group exists (a misspelt key is not an empty group)
   */
  public ScoreDistribution distribution(@Nullable String... key) {
    List<@Nullable String> k = Arrays.asList(key.clone());
    ScoreDistribution d = distributions.get(k);
    if (d == null) {
      throw new IllegalArgumentException(
          "group "
              + k
              + " of columns "
              + groupColumns
              + " must exist, groups were "
              + distributions.keySet());
    }
    return d;
  }

  /** All groups pooled (counts added: never rates averaged). */
  public ScoreDistribution pooled() {
    ScoreDistribution all = ScoreDistribution.empty(scale);
    for (ScoreDistribution d : distributions.values()) {
      all = all.plus(d);
    }
    return all;
  }

  /** Positive/passive/negative counts of one group under a net score definition. */
  public NetScoreCounts netScoreCounts(NetScoreDefinition definition, @Nullable String... key) {
    return distribution(key).netScoreCounts(definition);
  }

  /** Net score (NPS, Temkin, ...) per group, with cx-metrics' default interval. */
  public Map<List<@Nullable String>, Score> netScores(NetScoreDefinition definition) {
    return map(d -> NetScores.of(d.netScoreCounts(definition)));
  }

  /** CSAT (top-2-box and mean) per group. */
  public Map<List<@Nullable String>, CsatScore> csat() {
    return map(CsatScore::of);
  }

  /** CES (mean, easy share, net easy) per group. */
  public Map<List<@Nullable String>, EffortScore> effort(EffortScale effortScale) {
    return map(d -> EffortScore.of(effortScale, d));
  }

  /** Answers that were not counted, per reason. */
  public RejectionReport rejections() {
    return rejections;
  }

  private <T> Map<List<@Nullable String>, T> map(Function<ScoreDistribution, T> f) {
    Map<List<@Nullable String>, T> out = new LinkedHashMap<>();
    distributions.forEach((k, d) -> out.put(k, f.apply(d)));
    return Collections.unmodifiableMap(out);
  }

  @Override
  public String toString() {
    return "SurveyScores{"
        + scale.name()
        + ", by "
        + groupColumns
        + ", "
        + distributions.size()
        + " groups, "
        + rejections.total()
        + " rejected}";
  }
}
