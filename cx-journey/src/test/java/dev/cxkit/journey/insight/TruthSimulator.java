package dev.cxkit.journey.insight;

import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A journey simulator that knows the truth: every customer's walk is driven by its own random
 * numbers, indexed by visit, so the same customer can be walked again with an exposure forced at a
 * landmark (common random numbers). The true landmark effect is then computed, customer by
 * customer, as conversion with the exposure forced on minus forced off at the first visit to the
 * landmark, over the customers at risk there; nothing about the estimator is assumed.
 *
 * <p>A walk: at each visit the step's event is emitted (an end step's event is the goal when
 * conversion is {@link Conversion#REACH_END}); then each planted touchpoint eligible at the step
 * and not yet received may happen (its event is emitted); then the customer drops off with the
 * step's drop-off times the segment's multiplier times the multipliers of the touchpoints received;
 * else an end step converts at random ({@link Conversion#AT_RANDOM_AFTER_COMPLETION}: base plus the
 * uplifts received) or the walk moves to a successor chosen by weight.
 */
final class TruthSimulator {
  enum Conversion {
    REACH_END,
    AT_RANDOM_AFTER_COMPLETION
  }

  static final int MAX_VISITS = 60;

  private final JourneyMap map;
  private final int n;
  private final Map<String, Integer> index = new HashMap<>();
  private final int[][] succ;
  private final double[][] weight;
  private final double[] drop;
  private final boolean[] end;
  private Conversion conversion = Conversion.REACH_END;
  private double baseConversion = 0.6;
  private double[] segmentShare = {1.0};
  private double[] segmentDrop = {1.0};
  private double[] segmentConversion = {0.0};
  private final List<Touch> touches = new ArrayList<>();
  private double fatigue;

  /** A planted touchpoint. */
  static final class Touch {
    final String id;
    final String channel;
    final boolean[] eligible;
    double[] probabilityBySegment;
    double dropMultiplier = 1;
    double uplift;
    double[] probabilityByVisit = {1.0};

    Touch(String id, String channel, int steps) {
      this.id = id;
      this.channel = channel;
      this.eligible = new boolean[steps];
    }
  }

  private TruthSimulator(JourneyMap map) {
    this.map = map;
    List<Step> steps = map.steps();
    n = steps.size();
    for (int i = 0; i < n; i++) {
      index.put(steps.get(i).id(), i);
    }
    succ = new int[n][];
    weight = new double[n][];
    drop = new double[n];
    end = new boolean[n];
    for (int i = 0; i < n; i++) {
      Step s = steps.get(i);
      succ[i] = map.successors(s.id()).stream().mapToInt(x -> index.get(x.id())).toArray();
      weight[i] = new double[succ[i].length];
      Arrays.fill(weight[i], 1.0);
      end[i] = s.end() || succ[i].length == 0;
      drop[i] = 0.03;
    }
  }

  static TruthSimulator of(JourneyMap map) {
    return new TruthSimulator(map);
  }

  TruthSimulator conversion(Conversion c, double base) {
    conversion = c;
    baseConversion = base;
    return this;
  }

  TruthSimulator dropOff(String step, double p) {
    drop[index.get(step)] = p;
    return this;
  }

  TruthSimulator allDropOff(double p) {
    Arrays.fill(drop, p);
    return this;
  }

  /** Relative weight of moving from {@code from} to {@code to}. */
  TruthSimulator route(String from, String to, double w) {
    int f = index.get(from);
    int t = index.get(to);
    for (int k = 0; k < succ[f].length; k++) {
      if (succ[f][k] == t) {
        weight[f][k] = w;
        return this;
      }
    }
    throw new IllegalArgumentException(to + " does not follow " + from);
  }

  /** Segments: shares, drop-off multipliers and conversion shifts (after completion). */
  TruthSimulator segments(double[] share, double[] dropMultiplier, double[] conversionShift) {
    segmentShare = share.clone();
    segmentDrop = dropMultiplier.clone();
    segmentConversion = conversionShift.clone();
    return this;
  }

  /**
   * Plants a touchpoint happening at the given steps with a probability per segment (one value: all
   * segments), multiplying later drop-off and adding an uplift to conversion after completion.
   */
  TruthSimulator touch(
      String id,
      String channel,
      double[] probabilityBySegment,
      double dropMultiplier,
      double uplift,
      String... atSteps) {
    Touch t = new Touch(id, channel, n);
    t.probabilityBySegment = probabilityBySegment.clone();
    t.dropMultiplier = dropMultiplier;
    t.uplift = uplift;
    for (String s : atSteps) {
      t.eligible[index.get(s)] = true;
    }
    touches.add(t);
    return this;
  }

  /**
   * History that confounds: drop-off at visit {@code v} (0-based) is multiplied by {@code 1 +
   * perVisit * v}, so long walks end more often.
   */
  TruthSimulator fatigue(double perVisit) {
    fatigue = perVisit;
    return this;
  }

  /**
   * Makes the last planted touchpoint's probability depend on the visits so far as well: at visit
   * {@code v} it is multiplied by {@code factor[min(v, factor.length - 1)]}.
   */
  TruthSimulator byVisit(double... factor) {
    touches.get(touches.size() - 1).probabilityByVisit = factor.clone();
    return this;
  }

  /** The simulated journeys and each journey's segment. */
  record Sample(Journeys journeys, int[] segments) {}

  Sample simulate(int customers, long seed) {
    EventDictionaries dict = new EventDictionaries();
    int[] stepTp = new int[n];
    int[] stepCh = new int[n];
    for (int i = 0; i < n; i++) {
      Step s = map.steps().get(i);
      stepTp[i] =
          dict.touchpoints()
              .intern(s.touchpointIds().isEmpty() ? s.id() : s.touchpointIds().get(0));
      stepCh[i] = dict.channels().intern(s.channelIds().isEmpty() ? "web" : s.channelIds().get(0));
    }
    int[] touchTp = new int[touches.size()];
    int[] touchCh = new int[touches.size()];
    for (int k = 0; k < touchTp.length; k++) {
      touchTp[k] = dict.touchpoints().intern(touches.get(k).id);
      touchCh[k] = dict.channels().intern(touches.get(k).channel);
    }
    int type = dict.types().intern("interaction");
    int stage = dict.stages().intern("(none)");
    Journeys.Collector out = Journeys.collector(dict);
    View view = new View();
    int[] segments = new int[customers];
    Walker w = new Walker();
    for (int c = 0; c < customers; c++) {
      w.draw(seed, c);
      segments[c] = w.segment;
      view.customer = dict.customers().intern("c" + c);
      view.len = 0;
      long t = 1_700_000_000_000L + 60_000L * c;
      int conv = walk(w, -1, -1, false, view, stepTp, stepCh, touchTp, touchCh, t);
      view.conversion = conv;
      view.type = type;
      view.stage = stage;
      out.journey(view);
    }
    return new Sample(out.build(), segments);
  }

  /**
   * The true effect of touchpoint {@code touch} at landmark step {@code landmark}: over customers
   * whose walk reaches the landmark without the touchpoint, the mean of conversion with it forced
   * at the first visit minus without it there (later visits natural).
   */
  double touchTruth(int customers, long seed, String touch, String landmark) {
    int k = touchIndex(touch);
    int l = index.get(landmark);
    Walker w = new Walker();
    double sum = 0;
    long atRisk = 0;
    for (int c = 0; c < customers; c++) {
      w.draw(seed, c);
      int v = firstVisitUnexposed(w, l, k);
      if (v < 0) {
        continue;
      }
      atRisk++;
      int on = walk(w, k, v, true, null, null, null, null, null, 0) >= 0 ? 1 : 0;
      int off = walk(w, k, v, false, null, null, null, null, null, 0) >= 0 ? 1 : 0;
      sum += on - off;
    }
    return sum / atRisk;
  }

  /**
   * The true effect of moving to {@code step} from {@code landmark}: over customers that continue
   * from their first visit to the landmark, not having visited the step, conversion when the next
   * step is forced to it minus forced to another (chosen by the remaining weights).
   */
  double stepTruth(int customers, long seed, String step, String landmark) {
    int s = index.get(step);
    int l = index.get(landmark);
    Walker w = new Walker();
    double sum = 0;
    long atRisk = 0;
    for (int c = 0; c < customers; c++) {
      w.draw(seed, c);
      w.forcedStep = -1;
      int[] trace = w.trace;
      walk(w, -1, -1, false, null, null, null, null, null, 0);
      int v = -1;
      for (int i = 0; i < w.visits; i++) {
        if (trace[i] == s) {
          break;
        }
        if (trace[i] == l) {
          v = i;
          break;
        }
      }
      if (v < 0 || v + 1 >= w.visits) {
        continue; // never at the landmark before the step, or stopped there
      }
      atRisk++;
      w.forcedVisit = v;
      w.forcedStep = s;
      int on = walk(w, -1, -1, false, null, null, null, null, null, 0) >= 0 ? 1 : 0;
      w.forcedStep = -2 - s; // anything but s
      int off = walk(w, -1, -1, false, null, null, null, null, null, 0) >= 0 ? 1 : 0;
      w.forcedStep = -1;
      sum += on - off;
    }
    return sum / atRisk;
  }

  private int touchIndex(String touch) {
    for (int k = 0; k < touches.size(); k++) {
      if (touches.get(k).id.equals(touch)) {
        return k;
      }
    }
    throw new IllegalArgumentException(touch);
  }

  /** The first visit to step {@code l} before touch {@code k} happened, or -1. */
  private int firstVisitUnexposed(Walker w, int l, int k) {
    w.forcedStep = -1;
    walk(w, -1, -1, false, null, null, null, null, null, 0);
    for (int i = 0; i < w.visits; i++) {
      if (w.trace[i] == l) {
        return w.touchVisit[k] >= 0 && w.touchVisit[k] < i ? -1 : i;
      }
    }
    return -1;
  }

  /** Per-customer random numbers, by visit. */
  final class Walker {
    final double[] uDrop = new double[MAX_VISITS];
    final double[] uNext = new double[MAX_VISITS];
    final double[][] uTouch = new double[touches.size()][MAX_VISITS];
    final int[] trace = new int[MAX_VISITS];
    final int[] touchVisit = new int[touches.size()];
    double uStart;
    double uConv;
    int segment;
    int visits;
    int forcedVisit = -1;
    int forcedStep = -1;

    void draw(long seed, int customer) {
      SplittableRandom r = new SplittableRandom(seed * 1_000_003L + customer);
      double u = r.nextDouble();
      segment = 0;
      double acc = segmentShare[0];
      while (u >= acc && segment + 1 < segmentShare.length) {
        segment++;
        acc += segmentShare[segment];
      }
      uStart = r.nextDouble();
      uConv = r.nextDouble();
      for (int v = 0; v < MAX_VISITS; v++) {
        uDrop[v] = r.nextDouble();
        uNext[v] = r.nextDouble();
        for (double[] ut : uTouch) {
          ut[v] = r.nextDouble();
        }
      }
      forcedVisit = -1;
      forcedStep = -1;
    }
  }

  /**
   * Walks one customer; returns the conversion index (or -1). With {@code forceTouch >= 0} the
   * touch is forced on (or off) at visit {@code forceVisit}; with {@code w.forcedStep} the step
   * after visit {@code w.forcedVisit} is forced. Events go to {@code view} when given.
   */
  private int walk(
      Walker w,
      int forceTouch,
      int forceVisit,
      boolean on,
      View view,
      int[] stepTp,
      int[] stepCh,
      int[] touchTp,
      int[] touchCh,
      long time) {
    List<Step> starts = map.startSteps();
    int s =
        index.get(starts.get(Math.min(starts.size() - 1, (int) (w.uStart * starts.size()))).id());
    Arrays.fill(w.touchVisit, -1);
    double dropMult = 1;
    double uplift = 0;
    w.visits = 0;
    long t = time;
    for (int v = 0; v < MAX_VISITS; v++) {
      w.trace[v] = s;
      w.visits = v + 1;
      int stepEvent = v;
      if (view != null) {
        t = view.add(t, stepTp[s], stepCh[s]);
        stepEvent = view.len - 1;
      }
      if (end[s] && conversion == Conversion.REACH_END) {
        return stepEvent;
      }
      for (int k = 0; k < touches.size(); k++) {
        Touch tc = touches.get(k);
        if (w.touchVisit[k] >= 0 || !tc.eligible[s]) {
          continue;
        }
        boolean happens =
            k == forceTouch && v == forceVisit
                ? on
                : w.uTouch[k][v]
                    < tc.probabilityBySegment[
                            Math.min(w.segment, tc.probabilityBySegment.length - 1)]
                        * tc.probabilityByVisit[Math.min(v, tc.probabilityByVisit.length - 1)];
        if (happens) {
          w.touchVisit[k] = v;
          dropMult *= tc.dropMultiplier;
          uplift += tc.uplift;
          if (view != null) {
            t = view.add(t, touchTp[k], touchCh[k]);
          }
        }
      }
      double d = Math.min(1, drop[s] * segmentDrop[w.segment] * dropMult * (1 + fatigue * v));
      if (w.uDrop[v] < d) {
        return -1;
      }
      if (end[s]) {
        double p = baseConversion + segmentConversion[w.segment] + uplift;
        return w.uConv < p ? stepEvent : -1;
      }
      s = next(w, s, v);
    }
    return -1;
  }

  private int next(Walker w, int s, int v) {
    int[] to = succ[s];
    double[] wt = weight[s].clone();
    if (v == w.forcedVisit && w.forcedStep != -1) {
      int target = w.forcedStep >= 0 ? w.forcedStep : -2 - w.forcedStep;
      for (int k = 0; k < to.length; k++) {
        boolean isTarget = to[k] == target;
        wt[k] = w.forcedStep >= 0 ? (isTarget ? 1 : 0) : (isTarget ? 0 : wt[k]);
      }
    }
    double total = 0;
    for (double x : wt) {
      total += x;
    }
    double u = w.uNext[v] * total;
    for (int k = 0; k < to.length; k++) {
      u -= wt[k];
      if (u < 0) {
        return to[k];
      }
    }
    for (int k = to.length - 1; k >= 0; k--) {
      if (wt[k] > 0) {
        return to[k];
      }
    }
    return to[to.length - 1];
  }

  /** A reusable journey view. */
  private static final class View implements JourneyView {
    int customer;
    int len;
    int conversion = -1;
    int type;
    int stage;
    long[] time = new long[64];
    int[] touchpoint = new int[64];
    int[] channel = new int[64];

    long add(long t, int tp, int ch) {
      if (len == time.length) {
        time = Arrays.copyOf(time, len * 2);
        touchpoint = Arrays.copyOf(touchpoint, len * 2);
        channel = Arrays.copyOf(channel, len * 2);
      }
      time[len] = t;
      touchpoint[len] = tp;
      channel[len] = ch;
      len++;
      return t + 3_600_000L;
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
