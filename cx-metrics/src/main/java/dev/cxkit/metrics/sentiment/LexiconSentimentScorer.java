package dev.cxkit.metrics.sentiment;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.experience.Emotion;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small, transparent lexicon scorer for customer-service comments.
 *
 * <p>Each known word has a valence in [−4, 4]. A word is scaled by intensifiers before it ("very
 * slow": ×1.5) or dampeners ("slightly late": ×0.5), and flipped and damped by a negation within
 * the three preceding words ("not helpful": ×−0.75). The sum s is squashed to [−1, 1] by s / √(s² +
 * 15), the normalisation Hutto &amp; Gilbert (2014) use for VADER's compound score. The lexicon is
 * cxkit's own (about 120 words from CX comments), not VADER's. It is a baseline: for production,
 * plug a trained model in behind {@link SentimentScorer}.
 *
 * {@snippet class=dev.cxkit.metrics.sentiment.SnippetsTest region=lexiconSentimentScorer}
 */
public final class LexiconSentimentScorer implements SentimentScorer {

  private static final double NORMALISATION = 15.0;
  private static final double NEGATION_FACTOR = -0.75;
  private static final Set<String> NEGATIONS =
      Set.of("not", "no", "never", "none", "nothing", "neither", "nor", "without", "hardly");
  private static final Map<String, Double> BOOSTERS =
      Map.ofEntries(
          Map.entry("very", 1.5),
          Map.entry("really", 1.4),
          Map.entry("extremely", 1.8),
          Map.entry("incredibly", 1.8),
          Map.entry("so", 1.3),
          Map.entry("super", 1.5),
          Map.entry("totally", 1.5),
          Map.entry("absolutely", 1.7),
          Map.entry("completely", 1.6),
          Map.entry("quite", 1.2),
          Map.entry("too", 1.3),
          Map.entry("slightly", 0.5),
          Map.entry("somewhat", 0.6),
          Map.entry("bit", 0.6),
          Map.entry("little", 0.6),
          Map.entry("barely", 0.4),
          Map.entry("fairly", 0.8));

  private static final LexiconSentimentScorer BUILT_IN =
      new LexiconSentimentScorer(builtInLexicon());

  private final Map<String, Double> lexicon;

  private LexiconSentimentScorer(Map<String, Double> lexicon) {
    this.lexicon = lexicon;
  }

  /** The scorer with cxkit's built-in CX lexicon. */
  public static LexiconSentimentScorer builtIn() {
    return BUILT_IN;
  }

  /**
   * A scorer with a custom lexicon (lower-case word to valence in [−4, 4]); negation and
   * intensifiers work as in the built-in scorer.
   */
  public static LexiconSentimentScorer withLexicon(Map<String, Double> lexicon) {
    checkNotNull(lexicon, "lexicon");
    Map<String, Double> copy = new HashMap<>();
    for (Map.Entry<String, Double> e : lexicon.entrySet()) {
      double v = e.getValue();
      checkArgument(
          Double.isFinite(v) && Math.abs(v) <= 4.0,
          "lexicon valence of '%s' must be in [-4, 4], was %s",
          e.getKey(),
          v);
      copy.put(e.getKey().toLowerCase(Locale.ROOT), v);
    }
    return new LexiconSentimentScorer(Map.copyOf(copy));
  }

  /** The compound score of {@code text} in [−1, 1] (0 when no lexicon word occurs). */
  public double compound(String text) {
    checkNotNull(text, "text");
    String[] tokens = text.toLowerCase(Locale.ROOT).replace("n't", " not").split("[^\\p{L}']+");
    double sum = 0;
    for (int i = 0; i < tokens.length; i++) {
      Double v = lexicon.get(tokens[i]);
      if (v == null) {
        continue;
      }
      double value = v;
      if (i > 0) {
        Double boost = BOOSTERS.get(tokens[i - 1]);
        if (boost != null) {
          value *= boost;
        }
      }
      for (int k = Math.max(0, i - 3); k < i; k++) {
        if (NEGATIONS.contains(tokens[k])) {
          value *= NEGATION_FACTOR;
          break;
        }
      }
      sum += value;
    }
    if (sum == 0) {
      return 0.0;
    }
    double c = sum / Math.sqrt(sum * sum + NORMALISATION);
    return Math.max(-1.0, Math.min(1.0, c));
  }

  @Override
  public Emotion score(String text) {
    return Emotion.ofSentimentCompound(compound(text));
  }

  @Override
  public String toString() {
    return "LexiconSentimentScorer{" + lexicon.size() + " words}";
  }

  private static Map<String, Double> builtInLexicon() {
    Map<String, Double> m = new HashMap<>();
    put(
        m,
        3.0,
        "excellent",
        "outstanding",
        "amazing",
        "fantastic",
        "superb",
        "perfect",
        "brilliant");
    put(m, 3.0, "love", "loved", "wonderful", "delighted", "exceptional");
    put(m, 2.0, "great", "happy", "pleased", "friendly", "helpful", "easy", "fast", "quick");
    put(m, 2.0, "recommend", "satisfied", "efficient", "professional", "polite", "kind", "smooth");
    put(m, 2.0, "resolved", "solved", "reliable", "courteous", "knowledgeable", "thank", "thanks");
    put(m, 1.5, "good", "nice", "clear", "simple", "convenient", "prompt", "responsive", "fair");
    put(m, 1.5, "seamless", "intuitive", "patient", "attentive", "accurate", "quickly", "easily");
    put(m, 1.0, "fine", "ok", "okay", "decent", "adequate", "works", "worked", "fixed", "on-time");
    put(m, -1.0, "slow", "late", "delay", "delayed", "wait", "waiting", "confusing", "unclear");
    put(m, -1.0, "expensive", "complicated", "difficult", "hard", "issue", "issues", "problem");
    put(m, -1.5, "problems", "annoying", "annoyed", "unhelpful", "error", "errors", "bug", "crash");
    put(
        m,
        -1.5,
        "crashed",
        "broken",
        "wrong",
        "mistake",
        "missing",
        "lost",
        "cancelled",
        "charged");
    put(
        m,
        -2.0,
        "bad",
        "poor",
        "rude",
        "frustrating",
        "frustrated",
        "disappointed",
        "disappointing");
    put(m, -2.0, "unacceptable", "useless", "waste", "complaint", "angry", "upset", "ignored");
    put(m, -2.0, "overcharged", "failed", "fail", "fails", "unreliable", "incompetent", "hassle");
    put(m, -3.0, "terrible", "awful", "horrible", "worst", "hate", "hated", "disgusting", "scam");
    put(m, -3.0, "furious", "appalling", "nightmare", "dreadful", "pathetic", "ridiculous");
    return Map.copyOf(m);
  }

  private static void put(Map<String, Double> m, double valence, String... words) {
    for (String w : words) {
      m.put(w, valence);
    }
  }
}
