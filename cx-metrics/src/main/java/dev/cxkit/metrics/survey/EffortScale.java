package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.survey.Scale;

/**
 * A Customer Effort Score scale type, explicit about its version because versions are not
 * comparable: CES 1.0 (Dixon, Freeman &amp; Toman 2010) asks "how much effort", 1–5, low is good;
 * CES 2.0 asks agreement with "the company made it easy", 1–7, high is good. Scores on different
 * effort scales are never compared, pooled or trended without an explicit {@link ScaleMapping}.
 *
 * <pre>{@code
 * EffortScale ces2 = EffortScale.ces2();     // easy = agree 5-7, hard = disagree 1-3
 * EffortScore score = EffortScore.of(ces2, distribution);
 * }</pre>
 *
 * @param version which CES version
 * @param scale the answer scale
 * @param netEasy the easy (positive) and hard (negative) bands on that scale
 */
public record EffortScale(CesVersion version, Scale scale, NetScoreDefinition netEasy) {

  /** The CES version of an effort scale. */
  public enum CesVersion {
    /** CES 1.0: 1–5 effort, low is good. */
    CES_1_0,
    /** CES 2.0: 1–7 agreement that it was easy, high is good. */
    CES_2_0,
    /** Any other effort scale, with its own easy and hard bands. */
    CUSTOM
  }

  /** Checks the net-easy definition is on the same scale. */
  public EffortScale {
    checkNotNull(version, "version");
    checkNotNull(scale, "scale");
    checkNotNull(netEasy, "netEasy");
    checkArgument(
        netEasy.scale().equals(scale), "netEasy scale must be %s, was %s", scale, netEasy.scale());
  }

  /** CES 1.0: 1–5, low is good; easy 1–2, hard 4–5. */
  public static EffortScale ces1() {
    return new EffortScale(CesVersion.CES_1_0, Scale.ces1(), NetScoreDefinition.netEasyCes1());
  }

  /** CES 2.0: 1–7 agreement, high is good; easy (agree) 5–7, hard (disagree) 1–3. */
  public static EffortScale ces2() {
    return new EffortScale(CesVersion.CES_2_0, Scale.ces2(), NetScoreDefinition.netEasy());
  }

  /** A custom effort scale with its easy (positive) and hard (negative) bands. */
  public static EffortScale custom(NetScoreDefinition netEasy) {
    checkNotNull(netEasy, "netEasy");
    return new EffortScale(CesVersion.CUSTOM, netEasy.scale(), netEasy);
  }
}
