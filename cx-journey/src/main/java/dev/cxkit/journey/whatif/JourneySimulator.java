package dev.cxkit.journey.whatif;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.Step;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates <strong>synthetic</strong> journeys from a journey map, for tests, benchmarks and
 * demos: never real customer data. Each journey walks the map from a start step, choosing among a
 * step's successors uniformly. At each step the customer may drop off (the base drop-off or a
 * planted one), the step's event may be skipped or replaced by an unplanned touchpoint, and it may
 * be repeated (a repeat contact). A journey reaching an end step converts with the base conversion
 * probability plus the uplift of every planted moment of truth it visited (capped at 1). Events
 * carry the step's first touchpoint id (or the step id) and first channel id (or "unknown"), one
 * minute apart plus any planted dwell time. Deterministic for a seed. Walks stop after 200 steps as
 * drop-offs; a journey that produced no event is drawn again.
 *
 * <pre>{@code
 * Journeys js = JourneySimulator.of(map).seed(7)
 *     .dropOff("billing", 0.30)          // planted pain point
 *     .momentOfTruth("technician", 0.25) // planted moment of truth
 *     .simulate(10_000);
 * }</pre>
 */
public final class JourneySimulator {
  private final JourneyMap map;
  private long seed = 1;
  private double baseDropOff = 0.02;
  private double baseConversion = 0.6;
  private final Map<String, Double> dropOff = new HashMap<>();
  private final Map<String, Double> skip = new HashMap<>();
  private final Map<String, Double> repeat = new HashMap<>();
  private final Map<String, Double> replace = new HashMap<>();
  private final Map<String, String> replaceBy = new HashMap<>();
  private final Map<String, Double> uplift = new HashMap<>();
  private final Map<String, Long> dwell = new HashMap<>();
  private final Map<String, String> channel = new HashMap<>();

  private JourneySimulator(JourneyMap map) {
    this.map = map;
  }

  /** A simulator of {@code map}'s journeys with seed 1, drop-off 0.02, conversion 0.6. */
  public static JourneySimulator of(JourneyMap map) {
    return new JourneySimulator(requireNonNull(map, "map"));
  }

  /** The random seed. */
  public JourneySimulator seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** Drop-off probability at every step without a planted one. */
  public JourneySimulator baseDropOff(double p) {
    baseDropOff = probability("baseDropOff", "(all)", p);
    return this;
  }

  /** Conversion probability of a journey reaching an end step, before uplifts. */
  public JourneySimulator baseConversion(double p) {
    baseConversion = probability("baseConversion", "(all)", p);
    return this;
  }

  /** Planted pain point: drop-off probability at the step. */
  public JourneySimulator dropOff(String stepId, double p) {
    dropOff.put(step(stepId), probability("dropOff", stepId, p));
    return this;
  }

  /** Planted deviation: probability that the step happens without its event. */
  public JourneySimulator skip(String stepId, double p) {
    skip.put(step(stepId), probability("skip", stepId, p));
    return this;
  }

  /** Planted repeat contact: probability that the step's event occurs twice. */
  public JourneySimulator repeat(String stepId, double p) {
    repeat.put(step(stepId), probability("repeat", stepId, p));
    return this;
  }

  /** Planted deviation: probability that an unplanned touchpoint replaces the step's event. */
  public JourneySimulator replace(String stepId, String touchpointId, double p) {
    replace.put(step(stepId), probability("replace", stepId, p));
    replaceBy.put(stepId, requireNonNull(touchpointId, "touchpointId"));
    return this;
  }

  /** Planted moment of truth: added conversion probability for journeys visiting the step. */
  public JourneySimulator momentOfTruth(String stepId, double uplift) {
    if (!(uplift >= -1 && uplift <= 1)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "step '%s': momentOfTruth uplift must be in [-1, 1], was %s",
              stepId,
              uplift));
    }
    this.uplift.put(step(stepId), uplift);
    return this;
  }

  /** Planted time sink: extra milliseconds spent at the step. */
  public JourneySimulator dwellMillis(String stepId, long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException(
          "step '" + stepId + "': dwellMillis must be >= 0, was " + millis);
    }
    dwell.put(step(stepId), millis);
    return this;
  }

  /** The channel id events of the step carry (instead of the step's first channel). */
  public JourneySimulator channel(String stepId, String channelId) {
    channel.put(step(stepId), requireNonNull(channelId, "channelId"));
    return this;
  }

  private String step(String stepId) {
    requireNonNull(stepId, "stepId");
    if (map.step(stepId).isEmpty()) {
      throw new IllegalArgumentException(
          "simulator stepId must name a step of map '" + map.id() + "', was '" + stepId + "'");
    }
    return stepId;
  }

  private static double probability(String field, String step, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "step '%s': %s must be in [0, 1], was %s", step, field, p));
    }
    return p;
  }

  /** Simulates {@code count} journeys into fresh dictionaries. */
  public Journeys simulate(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("journey count must be >= 1, was " + count);
    }
    EventDictionaries dict = new EventDictionaries();
    List<Step> steps = map.steps();
    int n = steps.size();
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < n; i++) {
      idx.put(steps.get(i).id(), i);
    }
    int[][] succ = new int[n][];
    int[] tp = new int[n];
    int[] ch = new int[n];
    int[] rep = new int[n];
    double[] pDrop = new double[n];
    double[] pSkip = new double[n];
    double[] pRepeat = new double[n];
    double[] pReplace = new double[n];
    double[] up = new double[n];
    long[] extra = new long[n];
    int type = dict.types().intern("interaction");
    int stage = dict.stages().intern("(none)");
    for (int i = 0; i < n; i++) {
      Step s = steps.get(i);
      succ[i] = map.successors(s.id()).stream().mapToInt(x -> idx.get(x.id())).toArray();
      tp[i] =
          dict.touchpoints()
              .intern(s.touchpointIds().isEmpty() ? s.id() : s.touchpointIds().get(0));
      ch[i] =
          dict.channels()
              .intern(
                  channel.getOrDefault(
                      s.id(), s.channelIds().isEmpty() ? "unknown" : s.channelIds().get(0)));
      pDrop[i] = dropOff.getOrDefault(s.id(), baseDropOff);
      pSkip[i] = skip.getOrDefault(s.id(), 0.0);
      pRepeat[i] = repeat.getOrDefault(s.id(), 0.0);
      pReplace[i] = replace.getOrDefault(s.id(), 0.0);
      rep[i] =
          replaceBy.containsKey(s.id()) ? dict.touchpoints().intern(replaceBy.get(s.id())) : -1;
      up[i] = uplift.getOrDefault(s.id(), 0.0);
      extra[i] = dwell.getOrDefault(s.id(), 0L);
    }
    int[] starts = map.startSteps().stream().mapToInt(s -> idx.get(s.id())).toArray();
    int webChannel = dict.channels().intern("unknown");
    SplittableRandom rnd = new SplittableRandom(seed);
    Journeys.Collector out = Journeys.collector(dict);
    Sim view = new Sim();
    for (int j = 0; j < count; j++) {
      view.customer = dict.customers().intern("sim-" + j);
      do {
        view.len = 0;
        int s = starts[rnd.nextInt(starts.length)];
        long t = 1_700_000_000_000L + 3_600_000L * j;
        boolean ended = false;
        double conv = baseConversion;
        boolean converted = false;
        for (int walked = 0; walked < 200; walked++) {
          double u = rnd.nextDouble();
          if (u < pSkip[s]) {
            // step passed without its event
          } else if (u < pSkip[s] + pReplace[s]) {
            t = view.add(t, rep[s], webChannel, type, stage, 60_000L);
          } else {
            t = view.add(t, tp[s], ch[s], type, stage, 60_000L + extra[s]);
            if (rnd.nextDouble() < pRepeat[s]) {
              t = view.add(t, tp[s], ch[s], type, stage, 60_000L + extra[s]);
            }
          }
          conv += up[s];
          if (rnd.nextDouble() < pDrop[s]) {
            ended = true;
            break;
          }
          if (succ[s].length == 0 || (map.steps().get(s).end() && rnd.nextBoolean())) {
            converted = rnd.nextDouble() < Math.min(1, Math.max(0, conv));
            ended = true;
            break;
          }
          s = succ[s][rnd.nextInt(succ[s].length)];
        }
        view.conversion = ended && converted ? view.len - 1 : -1;
      } while (view.len == 0);
      out.journey(view);
    }
    return out.build();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "JourneySimulator{map=%s, seed=%d, dropOff=%.3f %s, conversion=%.3f, moments=%s}",
        map.id(),
        seed,
        baseDropOff,
        dropOff,
        baseConversion,
        uplift);
  }

  /** A reusable journey view over growable arrays. */
  private static final class Sim implements JourneyView {
    int customer;
    int len;
    int conversion = -1;
    long[] time = new long[64];
    int[] touchpoint = new int[64];
    int[] channel = new int[64];
    int type;
    int stage;

    long add(long t, int tp, int ch, int ty, int st, long gap) {
      if (len == time.length) {
        time = java.util.Arrays.copyOf(time, len * 2);
        touchpoint = java.util.Arrays.copyOf(touchpoint, len * 2);
        channel = java.util.Arrays.copyOf(channel, len * 2);
      }
      time[len] = t;
      touchpoint[len] = tp;
      channel[len] = ch;
      type = ty;
      stage = st;
      len++;
      return t + gap;
    }

    @Override
    public int customer() {
      return customer;
    }

    @Override
    public int length() {
      return len;
    }

    @Override
    public long time(int i) {
      return time[i];
    }

    @Override
    public int touchpoint(int i) {
      return touchpoint[i];
    }

    @Override
    public int channel(int i) {
      return channel[i];
    }

    @Override
    public int type(int i) {
      return type;
    }

    @Override
    public int stage(int i) {
      return stage;
    }

    @Override
    public int conversionIndex() {
      return conversion;
    }
  }
}
