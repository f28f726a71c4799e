package dev.cxkit.metrics.survey;

import static dev.cxkit.model.testing.WireTesting.assertRefused;
import static dev.cxkit.model.testing.WireTesting.assertWireContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.survey.Direction;
import dev.cxkit.model.survey.Scale;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SurveyWireTest {

  @Provide
  Arbitrary<ScoreDistribution> distributions() {
    Arbitrary<Scale> scales =
        Combinators.combine(
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank()),
                Arbitraries.integers().between(-5, 5),
                Arbitraries.integers().between(1, 12),
                Arbitraries.of(Direction.class),
                Arbitraries.of(true, false))
            .as(
                (name, min, points, direction, labelled) -> {
                  List<String> labels = new ArrayList<>();
                  if (labelled) {
                    for (int i = 0; i < points + 1; i++) {
                      labels.add("point \u00e9 " + i);
                    }
                  }
                  return Scale.builder()
                      .name(name)
                      .min(min)
                      .max(min + points)
                      .direction(direction)
                      .addAllLabels(labels)
                      .build();
                });
    return Combinators.combine(
            scales,
            Arbitraries.longs().between(0, 1_000_000).list().ofMaxSize(40),
            Arbitraries.doubles().between(0.01, 50).list().ofMaxSize(40))
        .as(
            (scale, answers, weights) -> {
              ScoreAccumulator acc = new ScoreAccumulator(scale);
              for (int i = 0; i < answers.size(); i++) {
                int point = scale.min() + (int) (answers.get(i) % scale.points());
                if (i < weights.size() && i % 3 == 0) {
                  acc.addWeighted(point, weights.get(i));
                } else {
                  acc.add(point);
                }
              }
              return acc.snapshot();
            });
  }

  @Property(tries = 200)
  void distributionsRoundTripAndRefuseHostileBytes(
      @ForAll("distributions") ScoreDistribution d, @ForAll long seed) {
    assertWireContract(
        d, ScoreDistribution::toBytes, ScoreDistribution::fromBytes, "ScoreDistribution", seed, 50);
  }

  @Property(tries = 200)
  void netScoreCountsRoundTripAndRefuseHostileBytes(
      @ForAll("distributions") ScoreDistribution d, @ForAll long seed) {
    Scale scale = d.scale();
    boolean high = scale.direction() == Direction.HIGH_IS_GOOD;
    NetScoreDefinition definition =
        high
            ? NetScoreDefinition.of(
                "top", scale, scale.max(), scale.max(), scale.min(), scale.min())
            : NetScoreDefinition.of(
                    "top", scale, scale.min(), scale.min(), scale.max(), scale.max())
                .withBandNames(new NetScoreDefinition.BandNames("f\u00fcr", "mid", "against"));
    NetScoreCounts counts = d.netScoreCounts(definition);
    assertWireContract(
        counts, NetScoreCounts::toBytes, NetScoreCounts::fromBytes, "NetScoreCounts", seed, 50);
  }

  @Test
  void unweightedNpsCountsAreCompact() {
    NetScoreCounts counts = NetScoreCounts.nps(2_500, 6_750, 750);
    byte[] bytes = counts.toBytes();
    assertTrue(bytes.length < 80, "bytes: " + bytes.length);
    assertEquals(counts, NetScoreCounts.fromBytes(bytes));
    assertEquals(
        ScoreDistribution.of(Scale.nps(), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
        ScoreDistribution.fromBytes(
            ScoreDistribution.of(Scale.nps(), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).toBytes()));
  }

  @Test
  void crossTypeAndInconsistentWeightsAreRefused() {
    byte[] distribution = ScoreDistribution.of(Scale.csat5(), 1, 2, 3, 4, 5).toBytes();
    String message = assertRefused(NetScoreCounts::fromBytes, distribution, "NetScoreCounts");
    assertEquals(
        "NetScoreCounts bytes hold a ScoreDistribution (type byte 1), not a NetScoreCounts",
        message);
    // weighted point with Σw² > (Σw)²: not the sums of any positive weights
    ScoreDistribution weighted = new ScoreAccumulator(Scale.csat5()).addWeighted(5, 2.0).snapshot();
    byte[] bytes = weighted.toBytes();
    // the last 16 bytes are point 5's weight sum (2.0) and squared sum (4.0): make it 9.0
    long nine = Double.doubleToRawLongBits(9.0);
    for (int i = 0; i < 8; i++) {
      bytes[bytes.length - 8 + i] = (byte) (nine >>> (56 - 8 * i));
    }
    String weights = assertRefused(ScoreDistribution::fromBytes, bytes, "ScoreDistribution");
    assertTrue(weights.contains("point 5 weights must be"), weights);
  }
}
