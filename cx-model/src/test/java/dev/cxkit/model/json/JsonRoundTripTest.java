package dev.cxkit.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.experience.MomentOfTruth;
import dev.cxkit.model.interaction.Interaction;
import dev.cxkit.model.interaction.InteractionLog;
import dev.cxkit.model.interaction.Money;
import dev.cxkit.model.journey.Journey;
import dev.cxkit.model.journey.JourneyType;
import dev.cxkit.model.lifecycle.LifecycleModel;
import dev.cxkit.model.lifecycle.LifecycleStage;
import dev.cxkit.model.persona.Attributes;
import dev.cxkit.model.persona.Persona;
import dev.cxkit.model.persona.Segment;
import dev.cxkit.model.persona.StageEngagement;
import dev.cxkit.model.survey.Rating;
import dev.cxkit.model.survey.Scale;
import dev.cxkit.model.survey.SurveyContext;
import dev.cxkit.model.survey.SurveyResponse;
import dev.cxkit.model.testing.ModelArbitraries;
import dev.cxkit.model.touchpoint.BusinessFunction;
import dev.cxkit.model.touchpoint.Channel;
import dev.cxkit.model.touchpoint.Touchpoint;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Every model type survives JSON losslessly: {@code fromJson(toJson(x)).equals(x)}, and writing
 * again gives the same text.
 */
class JsonRoundTripTest {

  private static final CxJson JSON = CxJson.strict();

  private static <T> void assertRoundTrip(T value, Class<T> type) {
    String json = JSON.toJson(value);
    T back = JSON.fromJson(json, type);
    assertEquals(value, back, json);
    assertEquals(json, JSON.toJson(back));
  }

  @Property(tries = 100)
  void scales(@ForAll("scaleValues") Scale value) {
    assertRoundTrip(value, Scale.class);
  }

  @Property(tries = 100)
  void ratings(@ForAll("ratingValues") Rating value) {
    assertRoundTrip(value, Rating.class);
  }

  @Property(tries = 100)
  void surveyContexts(@ForAll("surveyContextValues") SurveyContext value) {
    assertRoundTrip(value, SurveyContext.class);
  }

  @Property(tries = 100)
  void surveyResponses(@ForAll("surveyResponseValues") SurveyResponse value) {
    assertRoundTrip(value, SurveyResponse.class);
  }

  @Property(tries = 100)
  void emotions(@ForAll("emotionValues") Emotion value) {
    assertRoundTrip(value, Emotion.class);
  }

  @Property(tries = 100)
  void momentsOfTruth(@ForAll("momentOfTruthValues") MomentOfTruth value) {
    assertRoundTrip(value, MomentOfTruth.class);
  }

  @Property(tries = 100)
  void lifecycleStages(@ForAll("lifecycleStageValues") LifecycleStage value) {
    assertRoundTrip(value, LifecycleStage.class);
  }

  @Property(tries = 100)
  void lifecycleModels(@ForAll("lifecycleModelValues") LifecycleModel value) {
    assertRoundTrip(value, LifecycleModel.class);
  }

  @Property(tries = 100)
  void attributes(@ForAll("attributeValues") Attributes value) {
    assertRoundTrip(value, Attributes.class);
  }

  @Property(tries = 100)
  void stageEngagements(@ForAll("stageEngagementValues") StageEngagement value) {
    assertRoundTrip(value, StageEngagement.class);
  }

  @Property(tries = 100)
  void personas(@ForAll("personaValues") Persona value) {
    assertRoundTrip(value, Persona.class);
  }

  @Property(tries = 100)
  void segments(@ForAll("segmentValues") Segment value) {
    assertRoundTrip(value, Segment.class);
  }

  @Property(tries = 100)
  void channels(@ForAll("channelValues") Channel value) {
    assertRoundTrip(value, Channel.class);
  }

  @Property(tries = 100)
  void businessFunctions(@ForAll("businessFunctionValues") BusinessFunction value) {
    assertRoundTrip(value, BusinessFunction.class);
  }

  @Property(tries = 100)
  void touchpoints(@ForAll("touchpointValues") Touchpoint value) {
    assertRoundTrip(value, Touchpoint.class);
  }

  @Property(tries = 100)
  void money(@ForAll("moneyValues") Money value) {
    assertRoundTrip(value, Money.class);
  }

  @Property(tries = 100)
  void journeyTypes(@ForAll("journeyTypeValues") JourneyType value) {
    assertRoundTrip(value, JourneyType.class);
  }

  @Property(tries = 100)
  void interactions(@ForAll("interactionValues") Interaction value) {
    assertRoundTrip(value, Interaction.class);
  }

  @Property(tries = 50)
  void interactionLogs(@ForAll("interactionLogValues") InteractionLog value) {
    assertRoundTrip(value, InteractionLog.class);
  }

  @Property(tries = 50)
  void journeys(@ForAll("journeyValues") Journey value) {
    assertRoundTrip(value, Journey.class);
  }

  @Property(tries = 20)
  void readersAndStreamsAgreeWithStrings(@ForAll("journeyValues") Journey value) {
    String json = JSON.toJson(value);
    assertEquals(value, JSON.fromJson(new StringReader(json), Journey.class));
    assertEquals(
        value,
        JSON.fromJson(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Journey.class));
    java.io.StringWriter out = new java.io.StringWriter();
    JSON.toJson(value, out);
    assertEquals(json, out.toString());
  }

  @Property(tries = 50)
  void lenientReadsWhatStrictWrites(@ForAll("interactionValues") Interaction value) {
    assertEquals(value, CxJson.lenient().fromJson(JSON.toJson(value), Interaction.class));
  }

  @Test
  void awkwardDoublesSurviveBitForBit() {
    for (double v :
        new double[] {Double.MIN_VALUE, 0.1 + 0.2, Math.nextDown(1.0), -0.0, 1e-300, -1.0}) {
      Emotion emotion = Emotion.ofValence(v).withIntensity(Math.abs(v));
      Emotion back = JSON.fromJson(JSON.toJson(emotion), Emotion.class);
      assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(back.valence()));
      assertEquals(emotion, back);
    }
  }

  @Test
  void moneyKeepsScaleAndEveryDigit() {
    for (String amount :
        new String[] {"0.10", "-0", "0", "12345678901234567890.123456789012345678", "-15.00"}) {
      Money money = Money.of(amount, "EUR");
      Money back = JSON.fromJson(JSON.toJson(money), Money.class);
      assertEquals(money.amount().scale(), back.amount().scale());
      assertEquals(money.amount().toString(), back.amount().toString());
      assertEquals(money, back);
    }
  }

  @Provide
  Arbitrary<Scale> scaleValues() {
    return ModelArbitraries.scales();
  }

  @Provide
  Arbitrary<Rating> ratingValues() {
    return ModelArbitraries.ratings();
  }

  @Provide
  Arbitrary<SurveyContext> surveyContextValues() {
    return ModelArbitraries.surveyContexts();
  }

  @Provide
  Arbitrary<SurveyResponse> surveyResponseValues() {
    return ModelArbitraries.surveyResponses();
  }

  @Provide
  Arbitrary<Emotion> emotionValues() {
    return ModelArbitraries.emotions();
  }

  @Provide
  Arbitrary<MomentOfTruth> momentOfTruthValues() {
    return ModelArbitraries.momentsOfTruth();
  }

  @Provide
  Arbitrary<LifecycleStage> lifecycleStageValues() {
    return ModelArbitraries.lifecycleStages();
  }

  @Provide
  Arbitrary<LifecycleModel> lifecycleModelValues() {
    return ModelArbitraries.lifecycleModels();
  }

  @Provide
  Arbitrary<Attributes> attributeValues() {
    return ModelArbitraries.attributes();
  }

  @Provide
  Arbitrary<StageEngagement> stageEngagementValues() {
    return ModelArbitraries.stageEngagements();
  }

  @Provide
  Arbitrary<Persona> personaValues() {
    return ModelArbitraries.personas();
  }

  @Provide
  Arbitrary<Segment> segmentValues() {
    return ModelArbitraries.segments();
  }

  @Provide
  Arbitrary<Channel> channelValues() {
    return ModelArbitraries.channels();
  }

  @Provide
  Arbitrary<BusinessFunction> businessFunctionValues() {
    return ModelArbitraries.businessFunctions();
  }

  @Provide
  Arbitrary<Touchpoint> touchpointValues() {
    return ModelArbitraries.touchpoints();
  }

  @Provide
  Arbitrary<Money> moneyValues() {
    return ModelArbitraries.money();
  }

  @Provide
  Arbitrary<JourneyType> journeyTypeValues() {
    return ModelArbitraries.journeyTypes();
  }

  @Provide
  Arbitrary<Interaction> interactionValues() {
    return ModelArbitraries.interactions();
  }

  @Provide
  Arbitrary<InteractionLog> interactionLogValues() {
    return ModelArbitraries.interactionLogs();
  }

  @Provide
  Arbitrary<Journey> journeyValues() {
    return ModelArbitraries.journeys();
  }
}
