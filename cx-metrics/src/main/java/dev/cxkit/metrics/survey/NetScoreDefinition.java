package dev.cxkit.metrics.survey;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.survey.Direction;
import dev.cxkit.model.survey.Scale;
import java.util.Locale;

/**
 * A net score: the share of respondents in the positive band minus the share in the negative band
 * of a typed {@link Scale}. One definition covers the whole family — NPS, Temkin-style 7-point net
 * scores and "net easy" effort scores — and custom breaks.
 *
 * <p>The positive band must contain the good end of the scale and the negative band the bad end
 * (which end is good follows {@link Scale#direction()}); the bands must not overlap. Points between
 * them are passive. A definition that does not equal one of the built-in ones reports {@link
 * #isStandard()} false, and every score computed with it carries {@link
 * ScoreFlag#NON_STANDARD_BREAKS}.
 *
 * <p>The three bands carry the definition's own names ({@link #bandNames()}): promoters, passives
 * and detractors for NPS, easy, neutral and hard for net easy; counts print and error messages
 * speak in them. A definition made with {@link #of(String, Scale, int, int, int, int)} calls them
 * positives, passives and negatives unless given names.
 *
 * <pre>{@code
 * NetScoreDefinition nps = NetScoreDefinition.nps();   // promoters 9-10, detractors 0-6
 * nps.classify(8);                                     // 0 (passive)
 * NetScoreDefinition strict = NetScoreDefinition.of("NPS strict", Scale.nps(), 10, 10, 0, 6)
 *     .withBandNames(NetScoreDefinition.nps().bandNames());
 * strict.isStandard();                                 // false
 * }</pre>
 *
 * @param name a short name shown in results, for example {@code "NPS"}
 * @param scale the answer scale
 * @param positiveFrom lowest point of the positive (promoter, top) band
 * @param positiveTo highest point of the positive band
 * @param negativeFrom lowest point of the negative (detractor, bottom) band
 * @param negativeTo highest point of the negative band
 * @param bandNames what the respondents of each band are called
 */
public record NetScoreDefinition(
    String name,
    Scale scale,
    int positiveFrom,
    int positiveTo,
    int negativeFrom,
    int negativeTo,
    BandNames bandNames) {

  private static final BandNames GENERIC = new BandNames("positives", "passives", "negatives");
  private static final BandNames EASE = new BandNames("easy", "neutral", "hard");
  private static final NetScoreDefinition NPS =
      of("NPS", Scale.nps(), 9, 10, 0, 6, new BandNames("promoters", "passives", "detractors"));
  private static final NetScoreDefinition TEMKIN =
      of("Temkin net score", Scale.sevenPoint("Temkin 1-7"), 6, 7, 1, 3);
  private static final NetScoreDefinition NET_EASY = of("Net easy", Scale.ces2(), 5, 7, 1, 3, EASE);
  private static final NetScoreDefinition NET_EASY_CES1 =
      of("Net easy (CES 1.0)", Scale.ces1(), 1, 2, 4, 5, EASE);

  /** Validates the bands against the scale. */
  public NetScoreDefinition {
    checkNotNull(name, "name");
    checkNotNull(scale, "scale");
    checkNotNull(bandNames, "bandNames");
    checkArgument(!name.isBlank(), "net score name must not be blank, was '%s'", name);
    checkBand(scale, "positive", positiveFrom, positiveTo);
    checkBand(scale, "negative", negativeFrom, negativeTo);
    checkArgument(
        positiveTo < negativeFrom || negativeTo < positiveFrom,
        "net score %s: positive band %s..%s must not overlap negative band %s..%s",
        name,
        positiveFrom,
        positiveTo,
        negativeFrom,
        negativeTo);
    int best = scale.direction() == Direction.HIGH_IS_GOOD ? scale.max() : scale.min();
    int worst = scale.direction() == Direction.HIGH_IS_GOOD ? scale.min() : scale.max();
    checkArgument(
        positiveFrom <= best && best <= positiveTo,
        "net score %s: positive band %s..%s must contain the good end %s of %s",
        name,
        positiveFrom,
        positiveTo,
        best,
        scale);
    checkArgument(
        negativeFrom <= worst && worst <= negativeTo,
        "net score %s: negative band %s..%s must contain the bad end %s of %s",
        name,
        negativeFrom,
        negativeTo,
        worst,
        scale);
  }

  /**
   * A definition whose bands are called positives, passives and negatives; see the record
   * components for the rules.
   */
  public static NetScoreDefinition of(
      String name,
      Scale scale,
      int positiveFrom,
      int positiveTo,
      int negativeFrom,
      int negativeTo) {
    return of(name, scale, positiveFrom, positiveTo, negativeFrom, negativeTo, GENERIC);
  }

  /** A definition with its own band names; see the record components for the rules. */
  public static NetScoreDefinition of(
      String name,
      Scale scale,
      int positiveFrom,
      int positiveTo,
      int negativeFrom,
      int negativeTo,
      BandNames bandNames) {
    return new NetScoreDefinition(
        name, scale, positiveFrom, positiveTo, negativeFrom, negativeTo, bandNames);
  }

  /** This definition with other band names (the measure itself is unchanged). */
  public NetScoreDefinition withBandNames(BandNames names) {
    return new NetScoreDefinition(
        name, scale, positiveFrom, positiveTo, negativeFrom, negativeTo, names);
  }

  /**
   * Net Promoter Score (Reichheld 2003) on the 0–10 likelihood-to-recommend scale: promoters 9–10,
   * passives 7–8, detractors 0–6 (the band names).
   */
  public static NetScoreDefinition nps() {
    return NPS;
  }

  /**
   * Temkin-style net score on a 1–7 scale (Temkin Experience Ratings): percentage answering 6 or 7
   * minus percentage answering 1, 2 or 3.
   */
  public static NetScoreDefinition temkin() {
    return TEMKIN;
  }

  /**
   * Net easy on the CES 2.0 agreement scale (1–7, "the company made it easy"): agree 5–7 minus
   * disagree 1–3; bands easy, neutral and hard.
   */
  public static NetScoreDefinition netEasy() {
    return NET_EASY;
  }

  /**
   * Net easy on the CES 1.0 effort scale (1–5, low is good): easy 1–2 minus hard 4–5; bands easy,
   * neutral and hard.
   */
  public static NetScoreDefinition netEasyCes1() {
    return NET_EASY_CES1;
  }

  /**
   * Whether this is a published net score: NPS breaks (9–10 / 0–6) on any 0–10 high-is-good scale,
   * Temkin breaks (6–7 / 1–3) on any 1–7 high-is-good scale, or the net-easy breaks on the CES 2.0
   * or CES 1.0 scale itself. Names (of the measure and of the bands) are not compared.
   */
  public boolean isStandard() {
    if (sameRangeAndBands(NPS) || sameRangeAndBands(TEMKIN)) {
      return true;
    }
    return (NET_EASY.scale.equals(scale) && sameBands(NET_EASY))
        || (NET_EASY_CES1.scale.equals(scale) && sameBands(NET_EASY_CES1));
  }

  private boolean sameRangeAndBands(NetScoreDefinition standard) {
    return standard.scale.min() == scale.min()
        && standard.scale.max() == scale.max()
        && standard.scale.direction() == scale.direction()
        && sameBands(standard);
  }

  /** +1 for a positive, 0 for a passive, −1 for a negative answer. */
  public int classify(int score) {
    scale.checkValue(score);
    if (score >= positiveFrom && score <= positiveTo) {
      return 1;
    }
    return score >= negativeFrom && score <= negativeTo ? -1 : 0;
  }

  /**
   * Whether {@code other} measures the same thing: same scale and same bands (names are not
   * compared).
   */
  public boolean sameMeasureAs(NetScoreDefinition other) {
    return scale.equals(other.scale) && sameBands(other);
  }

  private boolean sameBands(NetScoreDefinition other) {
    return positiveFrom == other.positiveFrom
        && positiveTo == other.positiveTo
        && negativeFrom == other.negativeFrom
        && negativeTo == other.negativeTo;
  }

  private static void checkBand(Scale scale, String band, int from, int to) {
    checkArgument(
        scale.contains(from) && scale.contains(to) && from <= to,
        "%s band must be within %s and from <= to, was %s..%s",
        band,
        scale,
        from,
        to);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s on %s: %s %d..%d, %s %d..%d%s",
        name,
        scale.name(),
        bandNames.positive(),
        positiveFrom,
        positiveTo,
        bandNames.negative(),
        negativeFrom,
        negativeTo,
        isStandard() ? "" : " (non-standard breaks)");
  }

  /**
   * What the respondents of each band of a net score are called, plural nouns used in counts,
   * printed results and error messages.
   *
   * <pre>{@code
   * new NetScoreDefinition.BandNames("promoters", "passives", "detractors");
   * }</pre>
   *
   * @param positive the positive (top) band, for example {@code "promoters"}
   * @param passive the band between, for example {@code "passives"}
   * @param negative the negative (bottom) band, for example {@code "detractors"}
   */
  public record BandNames(String positive, String passive, String negative) {

    /** Validates that the names are non-blank and distinct. */
    public BandNames {
      checkNotNull(positive, "positive");
      checkNotNull(passive, "passive");
      checkNotNull(negative, "negative");
      checkArgument(
          !positive.isBlank() && !passive.isBlank() && !negative.isBlank(),
          "band names must not be blank, was '%s', '%s', '%s'",
          positive,
          passive,
          negative);
      checkArgument(
          !positive.equals(passive) && !positive.equals(negative) && !passive.equals(negative),
          "band names must be distinct, was '%s', '%s', '%s'",
          positive,
          passive,
          negative);
    }
  }
}
