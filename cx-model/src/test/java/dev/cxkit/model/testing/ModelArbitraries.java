package dev.cxkit.model.testing;

import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.experience.EmotionLevel;
import dev.cxkit.model.experience.MomentOfTruth;
import dev.cxkit.model.experience.MomentOfTruthKind;
import dev.cxkit.model.interaction.Initiator;
import dev.cxkit.model.interaction.Interaction;
import dev.cxkit.model.interaction.InteractionLog;
import dev.cxkit.model.interaction.Money;
import dev.cxkit.model.interaction.Outcome;
import dev.cxkit.model.journey.Journey;
import dev.cxkit.model.journey.JourneyOutcome;
import dev.cxkit.model.journey.JourneyType;
import dev.cxkit.model.lifecycle.LifecycleModel;
import dev.cxkit.model.lifecycle.LifecyclePhase;
import dev.cxkit.model.lifecycle.LifecycleStage;
import dev.cxkit.model.persona.Attributes;
import dev.cxkit.model.persona.BuyingRole;
import dev.cxkit.model.persona.ParticipationLevel;
import dev.cxkit.model.persona.Persona;
import dev.cxkit.model.persona.Segment;
import dev.cxkit.model.persona.StageEngagement;
import dev.cxkit.model.survey.Direction;
import dev.cxkit.model.survey.Rating;
import dev.cxkit.model.survey.Scale;
import dev.cxkit.model.survey.SurveyContext;
import dev.cxkit.model.survey.SurveyResponse;
import dev.cxkit.model.touchpoint.BusinessFunction;
import dev.cxkit.model.touchpoint.Channel;
import dev.cxkit.model.touchpoint.ChannelKind;
import dev.cxkit.model.touchpoint.Ownership;
import dev.cxkit.model.touchpoint.Touchpoint;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries generating valid instances of every cxkit model type, for property tests in any
 * module.
 *
 * <pre>{@code
 * @Property
 * void roundTrips(@ForAll("interactions") Interaction i) { ... }
 *
 * @Provide
 * Arbitrary<Interaction> interactions() {
 *   return ModelArbitraries.interactions();
 * }
 * }</pre>
 */
public final class ModelArbitraries {

  private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  private ModelArbitraries() {}

  // ---- building blocks -------------------------------------------------------------------------

  /** Ids: 1..16 characters of letters, digits, '-', '_' and '.'. */
  public static Arbitrary<String> ids() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .withChars('-', '_', '.')
        .ofMinLength(1)
        .ofMaxLength(16);
  }

  /** Non-blank text of 1..30 characters from the Basic Multilingual Plane (no surrogates). */
  public static Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withCharRange(' ', '\uD7FF')
        .withCharRange('\uE000', '\uFFFD')
        .ofMinLength(1)
        .ofMaxLength(30)
        .filter(s -> !s.isBlank());
  }

  /** Instants between 2000 and 2100 with nanosecond precision. */
  public static Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(EARLIEST.getEpochSecond(), LATEST.getEpochSecond()),
            Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
  }

  /** Finite doubles in [0, 1] with full precision, including both ends. */
  public static Arbitrary<Double> unitDoubles() {
    return doubles(0.0, 1.0);
  }

  /**
   * Finite doubles in [min, max] with up to 17 decimal places (full double precision), the ends
   * included as special values.
   */
  public static Arbitrary<Double> doubles(double min, double max) {
    return Arbitraries.doubles()
        .between(min, max)
        .ofScale(17)
        .withSpecialValue(min)
        .withSpecialValue(max);
  }

  // ---- survey ----------------------------------------------------------------------------------

  /** Scales of 2..11 points starting anywhere in -10..10, either direction, some labelled. */
  public static Arbitrary<Scale> scales() {
    return Combinators.combine(
            ids(),
            Arbitraries.integers().between(-10, 10),
            Arbitraries.integers().between(1, 10),
            Arbitraries.of(Direction.class),
            Arbitraries.of(true, false))
        .as(
            (name, min, span, direction, labelled) -> {
              Scale.Builder builder =
                  Scale.builder().name(name).min(min).max(min + span).direction(direction);
              if (labelled) {
                IntStream.rangeClosed(min, min + span).forEach(p -> builder.addLabels("p" + p));
              }
              return builder.build();
            });
  }

  /** Ratings: a scale and one of its points. */
  public static Arbitrary<Rating> ratings() {
    return scales()
        .flatMap(s -> Arbitraries.integers().between(s.min(), s.max()).map(v -> Rating.of(s, v)));
  }

  /** Survey contexts of all three kinds. */
  public static Arbitrary<SurveyContext> surveyContexts() {
    return Arbitraries.oneOf(
        Arbitraries.just(SurveyContext.relationship()),
        ids().map(SurveyContext::touchpoint),
        Combinators.combine(ids(), ids()).as(SurveyContext::step));
  }

  /** Survey responses with and without weight and comment. */
  public static Arbitrary<SurveyResponse> surveyResponses() {
    Arbitrary<Rating> ratings = ratings();
    return Combinators.combine(
            ids(),
            instants(),
            surveyContexts(),
            ids(),
            ratings,
            doubles(1e-6, 1e6).optional(),
            texts().optional())
        .as(
            (respondent, time, context, question, rating, weight, comment) ->
                SurveyResponse.builder()
                    .respondentId(respondent)
                    .time(time)
                    .context(context)
                    .questionId(question)
                    .scale(rating.scale())
                    .value(rating.value())
                    .weight(weight)
                    .comment(comment)
                    .build());
  }

  // ---- experience ------------------------------------------------------------------------------

  /** Emotions from every source scale, some with intensity. */
  public static Arbitrary<Emotion> emotions() {
    Arbitrary<Emotion> base =
        Arbitraries.oneOf(
            doubles(-1.0, 1.0).map(Emotion::ofValence),
            Arbitraries.integers().between(-2, 2).map(Emotion::ofMapScore),
            Arbitraries.integers().between(1, 5).map(Emotion::ofMermaidScore),
            Arbitraries.of(EmotionLevel.class).map(Emotion::ofLevel),
            doubles(-1.0, 1.0).map(Emotion::ofSentimentCompound));
    return Combinators.combine(base, unitDoubles().optional())
        .as((e, intensity) -> intensity.map(e::withIntensity).orElse(e));
  }

  /** Moments of truth marking a touchpoint or a step. */
  public static Arbitrary<MomentOfTruth> momentsOfTruth() {
    return Combinators.combine(
            Arbitraries.of(MomentOfTruthKind.class),
            ids(),
            Arbitraries.of(true, false),
            texts(),
            unitDoubles())
        .as(
            (kind, id, atTouchpoint, why, importance) ->
                atTouchpoint
                    ? MomentOfTruth.atTouchpoint(kind, id, why, importance)
                    : MomentOfTruth.atStep(kind, id, why, importance));
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  /** Lifecycle stages with and without description. */
  public static Arbitrary<LifecycleStage> lifecycleStages() {
    return Combinators.combine(
            ids(), texts(), Arbitraries.of(LifecyclePhase.class), texts().injectNull(0.5))
        .as(
            (id, name, phase, description) -> {
              LifecycleStage.Builder builder =
                  LifecycleStage.builder().id(id).name(name).phase(phase);
              if (description != null) {
                builder.description(description);
              }
              return builder.build();
            });
  }

  /** Valid lifecycle models: 1..8 stages with unique ids and phases in order. */
  public static Arbitrary<LifecycleModel> lifecycleModels() {
    return Combinators.combine(
            texts(), lifecycleStages().list().ofMinSize(1).ofMaxSize(8).uniqueElements(s -> s.id()))
        .as(
            (name, stages) -> {
              List<LifecycleStage> ordered = new ArrayList<>(stages);
              ordered.sort(Comparator.comparing(LifecycleStage::phase));
              return LifecycleModel.of(name, ordered);
            });
  }

  // ---- persona ---------------------------------------------------------------------------------

  /** Attributes with 0..3 entries in each group. */
  public static Arbitrary<Attributes> attributes() {
    Arbitrary<java.util.Map<String, String>> maps = Arbitraries.maps(texts(), texts()).ofMaxSize(3);
    return Combinators.combine(maps, maps, maps)
        .as(
            (d, p, f) ->
                Attributes.builder().demographic(d).psychographic(p).firmographic(f).build());
  }

  /** Per-stage engagements of B2B personas. */
  public static Arbitrary<StageEngagement> stageEngagements() {
    Arbitrary<List<String>> lists = texts().list().ofMaxSize(3);
    return Combinators.combine(Arbitraries.of(ParticipationLevel.class), lists, lists, lists)
        .as(
            (level, needs, activities, content) ->
                StageEngagement.builder()
                    .participation(level)
                    .informationalNeeds(needs)
                    .activities(activities)
                    .contentPreferences(content)
                    .build());
  }

  /** Personas, B2C and B2B (buying roles, stage engagement). */
  public static Arbitrary<Persona> personas() {
    Arbitrary<List<String>> lists = texts().list().ofMaxSize(3);
    return Builders.withBuilder(Persona::builder)
        .use(ids())
        .inSetter(Persona.Builder::id)
        .use(texts())
        .inSetter(Persona.Builder::name)
        .use(texts())
        .withProbability(0.5)
        .inSetter(Persona.Builder::description)
        .use(ids())
        .withProbability(0.5)
        .inSetter(Persona.Builder::segmentId)
        .use(attributes())
        .withProbability(0.5)
        .inSetter(Persona.Builder::attributes)
        .use(lists)
        .inSetter(Persona.Builder::needs)
        .use(lists)
        .inSetter(Persona.Builder::goals)
        .use(ids().list().ofMaxSize(3))
        .inSetter(Persona.Builder::channelPreferences)
        .use(lists)
        .inSetter(Persona.Builder::contentPreferences)
        .use(Arbitraries.of(BuyingRole.class).set().ofMaxSize(3))
        .inSetter(Persona.Builder::buyingRoles)
        .use(Arbitraries.maps(ids(), stageEngagements()).ofMaxSize(3))
        .inSetter(Persona.Builder::stageEngagements)
        .build(Persona.Builder::build);
  }

  /** Segments. */
  public static Arbitrary<Segment> segments() {
    Arbitrary<List<String>> lists = texts().list().ofMaxSize(3);
    return Builders.withBuilder(Segment::builder)
        .use(ids())
        .inSetter(Segment.Builder::id)
        .use(texts())
        .inSetter(Segment.Builder::name)
        .use(texts())
        .withProbability(0.5)
        .inSetter(Segment.Builder::description)
        .use(attributes())
        .withProbability(0.5)
        .inSetter(Segment.Builder::attributes)
        .use(lists)
        .inSetter(Segment.Builder::needs)
        .use(lists)
        .inSetter(Segment.Builder::goals)
        .use(ids().list().ofMaxSize(3))
        .inSetter(Segment.Builder::channelPreferences)
        .use(lists)
        .inSetter(Segment.Builder::contentPreferences)
        .build(Segment.Builder::build);
  }

  // ---- touchpoint ------------------------------------------------------------------------------

  /** Channels of every kind. */
  public static Arbitrary<Channel> channels() {
    return Combinators.combine(ids(), texts(), Arbitraries.of(ChannelKind.class)).as(Channel::of);
  }

  /** Business functions: the constants and custom ones. */
  public static Arbitrary<BusinessFunction> businessFunctions() {
    List<BusinessFunction> known = new ArrayList<>(BusinessFunction.customerFacing());
    known.addAll(BusinessFunction.internalProcesses());
    return Arbitraries.oneOf(
        Arbitraries.of(known), Combinators.combine(ids(), texts()).as(BusinessFunction::of));
  }

  /** Touchpoints of every ownership, some internal processes. */
  public static Arbitrary<Touchpoint> touchpoints() {
    return Builders.withBuilder(Touchpoint::builder)
        .use(ids())
        .inSetter(Touchpoint.Builder::id)
        .use(texts())
        .inSetter(Touchpoint.Builder::name)
        .use(channels())
        .inSetter(Touchpoint.Builder::channel)
        .use(ids().set().ofMaxSize(3))
        .inSetter(Touchpoint.Builder::stageIds)
        .use(businessFunctions())
        .withProbability(0.7)
        .inSetter(Touchpoint.Builder::owningFunction)
        .use(Arbitraries.of(Ownership.class))
        .inSetter(Touchpoint.Builder::ownership)
        .use(Arbitraries.of(true, false))
        .withProbability(0.5)
        .inSetter(Touchpoint.Builder::internalProcess)
        .build(Touchpoint.Builder::build);
  }

  // ---- interaction and journey -----------------------------------------------------------------

  /** ISO 4217 currencies common in tests. */
  public static Arbitrary<Currency> currencies() {
    return Arbitraries.of("EUR", "USD", "GBP", "JPY", "CHF", "INR", "EGP", "BHD")
        .map(Currency::getInstance);
  }

  /** Money: exact amounts with 0..4 decimals, negative ones included. */
  public static Arbitrary<Money> money() {
    return Combinators.combine(
            Arbitraries.bigIntegers()
                .between(BigInteger.valueOf(-10_000_000L), BigInteger.valueOf(10_000_000_000L)),
            Arbitraries.integers().between(0, 4),
            currencies())
        .as((unscaled, scale, currency) -> Money.of(new BigDecimal(unscaled, scale), currency));
  }

  /** Journey types: the standard ones and custom ones. */
  public static Arbitrary<JourneyType> journeyTypes() {
    return Arbitraries.oneOf(
        Arbitraries.of(JourneyType.standard()),
        Combinators.combine(ids(), texts()).as(JourneyType::custom));
  }

  /** Interactions of any customer, with every optional part present or absent. */
  public static Arbitrary<Interaction> interactions() {
    return interactions(ids(), instants());
  }

  /** Interactions of the given customers at the given times. */
  public static Arbitrary<Interaction> interactions(
      Arbitrary<String> customerIds, Arbitrary<Instant> timestamps) {
    return Builders.withBuilder(Interaction::builder)
        .use(ids())
        .inSetter(Interaction.Builder::id)
        .use(customerIds)
        .inSetter(Interaction.Builder::customerId)
        .use(ids())
        .withProbability(0.3)
        .inSetter(Interaction.Builder::accountId)
        .use(timestamps)
        .inSetter(Interaction.Builder::timestamp)
        .use(ids())
        .inSetter(Interaction.Builder::touchpointId)
        .use(ids())
        .inSetter(Interaction.Builder::channelId)
        .use(ids())
        .withProbability(0.5)
        .inSetter(Interaction.Builder::stageId)
        .use(ids())
        .inSetter(Interaction.Builder::type)
        .use(Arbitraries.of(Initiator.class))
        .inSetter(Interaction.Builder::initiator)
        .use(Arbitraries.of(Outcome.class))
        .withProbability(0.7)
        .inSetter(Interaction.Builder::outcome)
        .use(money())
        .withProbability(0.3)
        .inSetter(Interaction.Builder::value)
        .use(ratings())
        .withProbability(0.3)
        .inSetter(Interaction.Builder::effort)
        .use(emotions())
        .withProbability(0.3)
        .inSetter(Interaction.Builder::emotion)
        .use(Arbitraries.maps(texts(), texts()).ofMaxSize(3))
        .inSetter(Interaction.Builder::attributes)
        .build(Interaction.Builder::build);
  }

  /** Events documents of 0..8 interactions with unique ids. */
  public static Arbitrary<InteractionLog> interactionLogs() {
    return interactions()
        .list()
        .ofMaxSize(8)
        .uniqueElements(Interaction::id)
        .map(InteractionLog::of);
  }

  /** Observed journeys: 1..8 time-ordered interactions of one customer, unique ids. */
  public static Arbitrary<Journey> journeys() {
    return ids()
        .flatMap(
            customer ->
                Combinators.combine(
                        ids(),
                        journeyTypes(),
                        interactions(Arbitraries.just(customer), instants())
                            .list()
                            .ofMinSize(1)
                            .ofMaxSize(8)
                            .uniqueElements(Interaction::id),
                        Arbitraries.of(JourneyOutcome.class))
                    .as(
                        (id, type, interactions, outcome) ->
                            Journey.builder()
                                .id(id)
                                .customerId(customer)
                                .type(type)
                                .interactions(
                                    interactions.stream()
                                        .sorted(Comparator.comparing(Interaction::timestamp))
                                        .collect(Collectors.toList()))
                                .outcome(outcome)
                                .build()));
  }
}
