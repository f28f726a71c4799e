package dev.cxkit.model.testing;

import static dev.cxkit.model.testing.ModelArbitraries.ids;
import static dev.cxkit.model.testing.ModelArbitraries.texts;

import dev.cxkit.model.blueprint.BlueprintAction;
import dev.cxkit.model.blueprint.BlueprintLink;
import dev.cxkit.model.blueprint.BlueprintStep;
import dev.cxkit.model.blueprint.Lane;
import dev.cxkit.model.blueprint.ServiceBlueprint;
import dev.cxkit.model.experience.MomentOfTruth;
import dev.cxkit.model.map.CustomerQuote;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.Kpi;
import dev.cxkit.model.map.ListeningPost;
import dev.cxkit.model.map.MapStage;
import dev.cxkit.model.map.MapState;
import dev.cxkit.model.map.Opportunity;
import dev.cxkit.model.map.PainPoint;
import dev.cxkit.model.map.Severity;
import dev.cxkit.model.map.Step;
import dev.cxkit.model.map.StepAction;
import dev.cxkit.model.map.Tollgate;
import dev.cxkit.model.persona.Persona;
import dev.cxkit.model.persona.StageEngagement;
import dev.cxkit.model.touchpoint.Channel;
import dev.cxkit.model.touchpoint.Touchpoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of the designed-journey model: valid journey maps with branching and looping
 * step graphs, embedded personas, touchpoint and channel catalogues, and service blueprints.
 * Shipped in the cx-model test-jar for other modules' tests (journey conformance, diffs).
 *
 * <pre>{@code
 * @Property
 * void roundTrips(@ForAll("maps") JourneyMap map) { ... }
 *
 * @Provide
 * Arbitrary<JourneyMap> maps() {
 *   return MapArbitraries.journeyMaps();
 * }
 * }</pre>
 */
public final class MapArbitraries {

  private MapArbitraries() {}

  // ---- parts of a step -------------------------------------------------------------------------

  /** Pain points of every severity with 0..2 pieces of evidence. */
  public static Arbitrary<PainPoint> painPoints() {
    return Combinators.combine(texts(), Arbitraries.of(Severity.class), texts().list().ofMaxSize(2))
        .as((d, s, e) -> PainPoint.builder().description(d).severity(s).evidence(e).build());
  }

  /** Opportunities with impact and effort 1..5. */
  public static Arbitrary<Opportunity> opportunities() {
    Arbitrary<Integer> rating = Arbitraries.integers().between(1, 5);
    return Combinators.combine(texts(), rating, rating).as(Opportunity::of);
  }

  /** KPIs with and without target, current value and unit. */
  public static Arbitrary<Kpi> kpis() {
    Arbitrary<Double> values = ModelArbitraries.doubles(-1e6, 1e6);
    return Builders.withBuilder(Kpi::builder)
        .use(texts())
        .inSetter(Kpi.Builder::name)
        .use(texts())
        .inSetter(Kpi.Builder::metric)
        .use(values)
        .withProbability(0.6)
        .inSetter(Kpi.Builder::target)
        .use(values)
        .withProbability(0.6)
        .inSetter(Kpi.Builder::current)
        .use(texts())
        .withProbability(0.5)
        .inSetter(Kpi.Builder::unit)
        .build(Kpi.Builder::build);
  }

  /** Listening posts. */
  public static Arbitrary<ListeningPost> listeningPosts() {
    return Combinators.combine(
            texts(),
            Arbitraries.of("NPS", "CSAT", "CES", "sentiment").injectDuplicates(0.1),
            texts())
        .as(ListeningPost::of);
  }

  /** Tollgates with at least one entry or exit criterion. */
  public static Arbitrary<Tollgate> tollgates() {
    Arbitrary<List<String>> criteria = texts().list().ofMaxSize(2);
    return Combinators.combine(criteria, criteria, texts(), ModelArbitraries.doubles(-1e3, 1e3))
        .filter((entry, exit, m, t) -> !entry.isEmpty() || !exit.isEmpty())
        .as(
            (entry, exit, m, t) ->
                Tollgate.builder()
                    .entryCriteria(entry)
                    .exitCriteria(exit)
                    .checkpointMetric(m)
                    .threshold(t)
                    .build());
  }

  /** Customer quotes with optional source and persona. */
  public static Arbitrary<CustomerQuote> customerQuotes() {
    return customerQuotes(ids().list().ofMinSize(1).ofMaxSize(3));
  }

  /** Step actions with optional when, where, why. */
  public static Arbitrary<StepAction> stepActions() {
    return Builders.withBuilder(StepAction::builder)
        .use(texts())
        .inSetter(StepAction.Builder::who)
        .use(texts())
        .inSetter(StepAction.Builder::what)
        .use(texts())
        .withProbability(0.5)
        .inSetter(StepAction.Builder::when)
        .use(texts())
        .withProbability(0.5)
        .inSetter(StepAction.Builder::where)
        .use(texts())
        .withProbability(0.5)
        .inSetter(StepAction.Builder::why)
        .build(StepAction.Builder::build);
  }

  /** Map stages, some tied to a lifecycle stage. */
  public static Arbitrary<MapStage> mapStages() {
    return Combinators.combine(ids(), texts(), ids().injectNull(0.5))
        .as(
            (id, name, lifecycle) -> {
              MapStage.Builder b = MapStage.builder().id(id).name(name);
              return (lifecycle == null ? b : b.lifecycleStageId(lifecycle)).build();
            });
  }

  /** Standalone steps (no graph context): any content, default transitions. */
  public static Arbitrary<Step> steps() {
    return Arbitraries.randomValue(
        r -> {
          List<String> tps = distinct(r, ids(), r.nextInt(3));
          return randomStep(r, sample(ids(), r), "stage", tps, distinct(r, ids(), 2), List.of());
        });
  }

  // ---- journey maps ----------------------------------------------------------------------------

  /**
   * Valid journey maps: 1..4 stages, 1..8 steps grouped by stage, transitions that branch, loop and
   * end early (start steps added so that every step is reachable), optional embedded personas
   * (stage engagement keyed by the map's stages), touchpoints and channels.
   *
   * <p>Generated from one random source per map (no shrinking): the graph wiring depends on the ids
   * drawn, which would make a composed arbitrary slow.
   */
  public static Arbitrary<JourneyMap> journeyMaps() {
    return Arbitraries.randomValue(MapArbitraries::randomMap);
  }

  private static <T> T sample(Arbitrary<T> arbitrary, Random random) {
    return arbitrary.generator(100).next(random).value();
  }

  private static List<String> distinct(Random random, Arbitrary<String> ids, int max) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < max; i++) {
      out.add(sample(ids, random));
    }
    return new ArrayList<>(out);
  }

  private static <T> List<T> some(Random random, Arbitrary<T> arbitrary, int max) {
    List<T> out = new ArrayList<>();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      out.add(sample(arbitrary, random));
    }
    return out;
  }

  private static JourneyMap randomMap(Random r) {
    List<MapStage> stages = new ArrayList<>();
    Set<String> stageIds = new HashSet<>();
    for (MapStage st : some(r, mapStages(), 3)) {
      if (stageIds.add(st.id())) {
        stages.add(st);
      }
    }
    MapStage first = sample(mapStages(), r);
    if (stageIds.add(first.id())) {
      stages.add(0, first);
    }
    boolean embed = r.nextBoolean();
    List<Touchpoint> touchpoints = new ArrayList<>();
    List<Channel> channels = new ArrayList<>();
    Set<String> channelIds = new LinkedHashSet<>();
    if (embed) {
      Set<String> tpIds = new HashSet<>();
      for (Touchpoint t : some(r, ModelArbitraries.touchpoints(), 3)) {
        if (tpIds.add(t.id()) && channelIds.add(t.channel().id())) {
          touchpoints.add(t);
        }
      }
      for (Channel c : some(r, ModelArbitraries.channels(), 2)) {
        if (channelIds.add(c.id())) {
          channels.add(c);
        }
      }
    }
    List<Persona> personas = new ArrayList<>();
    List<String> personaIds = new ArrayList<>();
    for (Persona p : some(r, ModelArbitraries.personas(), 2)) {
      if (!personaIds.contains(p.id())) {
        personaIds.add(p.id());
        personas.add(withStages(p, stages));
      }
    }
    for (String extra : distinct(r, ids(), r.nextInt(2))) {
      if (!personaIds.contains(extra)) {
        personaIds.add(extra);
      }
    }
    List<String> stepIds = distinct(r, ids(), 1 + r.nextInt(8));
    int n = stepIds.size();
    int[] stageOf = new int[n];
    for (int i = 0; i < n; i++) {
      stageOf[i] = r.nextInt(stages.size());
    }
    Arrays.sort(stageOf);
    List<String> tpPool = touchpoints.stream().map(Touchpoint::id).toList();
    List<String> chPool = new ArrayList<>(channelIds);
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> tps = embed ? pick(r, tpPool, 2) : distinct(r, ids(), r.nextInt(3));
      List<String> chs = embed ? pick(r, chPool, 2) : distinct(r, ids(), r.nextInt(3));
      Step content =
          randomStep(r, stepIds.get(i), stages.get(stageOf[i]).id(), tps, chs, personaIds);
      Step.Builder b = Step.builder().from(content);
      int kind = r.nextInt(4); // 0, 1: default successor; 2: explicit next; 3: end
      if (kind == 2) {
        Set<String> next = new LinkedHashSet<>();
        next.add(stepIds.get(r.nextInt(n)));
        next.add(stepIds.get(r.nextInt(n)));
        b.next(next);
      } else if (kind == 3) {
        b.end(true);
      }
      steps.add(b.build());
    }
    JourneyMap.Builder map =
        JourneyMap.builder()
            .id(sample(ids(), r))
            .name(sample(texts(), r))
            .version(sample(texts(), r))
            .state(r.nextBoolean() ? MapState.CURRENT : MapState.FUTURE)
            .journeyType(sample(ModelArbitraries.journeyTypes(), r))
            .stages(stages)
            .steps(steps)
            .startStepIds(startsReachingAll(steps))
            .personaIds(personaIds)
            .personas(personas)
            .touchpoints(touchpoints)
            .channels(channels);
    if (r.nextBoolean()) {
      map.description(sample(texts(), r));
    }
    return map.build();
  }

  private static List<String> pick(Random r, List<String> pool, int max) {
    Set<String> out = new LinkedHashSet<>();
    int k = pool.isEmpty() ? 0 : r.nextInt(max + 1);
    for (int i = 0; i < k; i++) {
      out.add(pool.get(r.nextInt(pool.size())));
    }
    return new ArrayList<>(out);
  }

  private static Persona withStages(Persona p, List<MapStage> stages) {
    Map<String, StageEngagement> engagements = new LinkedHashMap<>();
    int i = 0;
    for (StageEngagement e : p.stageEngagements().values()) {
      engagements.put(stages.get(i++ % stages.size()).id(), e);
    }
    return Persona.builder().from(p).stageEngagements(engagements).build();
  }

  /** The first step, then each step not yet reachable, in order: every step becomes reachable. */
  private static List<String> startsReachingAll(List<Step> steps) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      index.put(steps.get(i).id(), i);
    }
    boolean[] seen = new boolean[steps.size()];
    List<String> starts = new ArrayList<>();
    for (int s = 0; s < steps.size(); s++) {
      if (seen[s]) {
        continue;
      }
      starts.add(steps.get(s).id());
      Deque<Integer> queue = new ArrayDeque<>(List.of(s));
      seen[s] = true;
      while (!queue.isEmpty()) {
        int i = queue.poll();
        Step step = steps.get(i);
        List<Integer> succ = new ArrayList<>();
        if (!step.next().isEmpty()) {
          step.next().forEach(id -> succ.add(index.get(id)));
        } else if (!step.end() && i + 1 < steps.size()) {
          succ.add(i + 1);
        }
        for (int t : succ) {
          if (!seen[t]) {
            seen[t] = true;
            queue.add(t);
          }
        }
      }
    }
    // the first step alone is the default start: leave it implicit in maps of even size
    return starts.size() == 1 && steps.size() % 2 == 0 ? List.of() : starts;
  }

  private static Step randomStep(
      Random r,
      String id,
      String stageId,
      List<String> touchpointIds,
      List<String> channelIds,
      List<String> personaIds) {
    Step.Builder b =
        Step.builder()
            .id(id)
            .name(sample(texts(), r))
            .stageId(stageId)
            .touchpointIds(touchpointIds)
            .channelIds(channelIds)
            .thoughts(some(r, texts(), 2))
            .painPoints(some(r, painPoints(), 2))
            .opportunities(some(r, opportunities(), 2))
            .listeningPosts(some(r, listeningPosts(), 2));
    Set<String> kpiNames = new HashSet<>();
    for (Kpi k : some(r, kpis(), 3)) {
      if (kpiNames.add(k.name())) {
        b.addKpi(k);
      }
    }
    for (int q = r.nextInt(3); q > 0; q--) {
      CustomerQuote quote = sample(customerQuotes(), r);
      if (quote.personaId().isPresent()) {
        quote =
            personaIds.isEmpty()
                ? CustomerQuote.builder().text(quote.text()).source(quote.source()).build()
                : CustomerQuote.builder()
                    .from(quote)
                    .personaId(personaIds.get(r.nextInt(personaIds.size())))
                    .build();
      }
      b.addCustomerQuote(quote);
    }
    if (r.nextInt(10) < 7) {
      b.goal(sample(texts(), r));
    }
    if (r.nextInt(10) < 7) {
      b.action(sample(stepActions(), r));
    }
    if (r.nextInt(10) < 7) {
      b.emotion(sample(ModelArbitraries.emotions(), r));
    }
    if (r.nextInt(10) < 3) {
      b.tollgate(sample(tollgates(), r));
    }
    MomentOfTruth mot = sample(ModelArbitraries.momentsOfTruth(), r);
    int mots = r.nextInt(3);
    if (mots >= 1) {
      b.addMomentsOfTruth(MomentOfTruth.atStep(mot.kind(), id, mot.why(), mot.importance()));
    }
    if (mots >= 2 && !touchpointIds.isEmpty()) {
      b.addMomentsOfTruth(
          MomentOfTruth.atTouchpoint(
              mot.kind(), touchpointIds.get(0), mot.why(), mot.importance()));
    }
    return b.build();
  }

  private static Arbitrary<CustomerQuote> customerQuotes(Arbitrary<List<String>> personaIds) {
    return Combinators.combine(
            texts(), texts().injectNull(0.5), personaIds, Arbitraries.of(true, false))
        .as(
            (text, source, personas, withPersona) -> {
              CustomerQuote.Builder b = CustomerQuote.builder().text(text);
              if (source != null) {
                b.source(source);
              }
              if (withPersona && !personas.isEmpty()) {
                b.personaId(personas.get(Math.abs(text.hashCode() % personas.size())));
              }
              return b.build();
            });
  }

  // ---- service blueprints ----------------------------------------------------------------------

  /** Blueprint entries in every lane, some with an owning function. */
  public static Arbitrary<BlueprintAction> blueprintActions() {
    return Combinators.combine(
            ids(),
            Arbitraries.of(Lane.class),
            texts(),
            ModelArbitraries.businessFunctions().injectNull(0.5))
        .as(
            (id, lane, text, fn) -> {
              BlueprintAction.Builder b =
                  BlueprintAction.builder().id(id).lane(lane).description(text);
              return (fn == null ? b : b.owningFunction(fn)).build();
            });
  }

  /**
   * Valid service blueprints: 1..4 steps, 1..5 entries each (ids unique across the blueprint), and
   * 0..6 links between any two entries.
   */
  public static Arbitrary<ServiceBlueprint> serviceBlueprints() {
    Arbitrary<List<BlueprintAction>> actions =
        blueprintActions().list().ofMinSize(1).ofMaxSize(12).uniqueElements(BlueprintAction::id);
    return Combinators.combine(
            ids(),
            texts(),
            ids(),
            ids().list().ofMinSize(1).ofMaxSize(4).uniqueElements(),
            actions,
            Arbitraries.integers().between(0, 999).list().ofMaxSize(13),
            ModelArbitraries.businessFunctions().list().ofMaxSize(2).uniqueElements(f -> f.id()),
            ids().list().ofMaxSize(2).uniqueElements())
        .as(
            (id, name, mapId, stepIds, acts, dice, functions, tps) -> {
              int k = Math.min(stepIds.size(), acts.size());
              List<BlueprintStep> steps = new ArrayList<>();
              for (int s = 0; s < k; s++) {
                List<BlueprintAction> mine = new ArrayList<>();
                for (int a = s; a < acts.size(); a += k) {
                  mine.add(acts.get(a));
                }
                steps.add(
                    BlueprintStep.builder()
                        .mapStepId(stepIds.get(s))
                        .touchpointIds(tps)
                        .owningFunctions(functions)
                        .actions(mine)
                        .build());
              }
              List<BlueprintLink> links = new ArrayList<>();
              for (int i = 0; i + 1 < dice.size(); i += 2) {
                BlueprintLink.Builder l =
                    BlueprintLink.builder()
                        .fromActionId(acts.get(dice.get(i) % acts.size()).id())
                        .toActionId(acts.get(dice.get(i + 1) % acts.size()).id());
                if (dice.get(i) % 3 == 0) {
                  l.label(name);
                }
                links.add(l.build());
              }
              return ServiceBlueprint.builder()
                  .id(id)
                  .name(name)
                  .journeyMapId(mapId)
                  .steps(steps)
                  .links(links)
                  .build();
            });
  }
}
