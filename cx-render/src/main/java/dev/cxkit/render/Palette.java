package dev.cxkit.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A colour-blind-safe categorical palette that gives each key (channel, segment, model) the same
 * colour in every picture it is passed to. Colours come from Okabe and Ito's eight-colour set
 * (without black and yellow, which are too close to text and to white), then Paul Tol's "muted"
 * set; beyond those 15 colours they repeat, so pictures with many channels also label every series
 * directly.
 *
 * {@snippet class=dev.cxkit.render.SnippetsTest region=palette}
 *
 * <p>Instances are thread-safe; assignment order decides colours, so assign keys in a fixed order
 * (for example sorted) when pictures must match across runs.
 */
public final class Palette {
  private static final List<String> COLORS =
      List.of(
          // Okabe & Ito (2008), "Color Universal Design", without black
          "#0072B2",
          "#E69F00",
          "#009E73",
          "#CC79A7",
          "#56B4E9",
          "#D55E00",
          // Paul Tol, "muted" qualitative scheme (personal.sron.nl/~pault)
          "#332288",
          "#88CCEE",
          "#44AA99",
          "#117733",
          "#999933",
          "#DDCC77",
          "#CC6677",
          "#882255",
          "#AA4499");

  private final Map<String, String> assigned = new LinkedHashMap<>();

  private Palette() {}

  /** A new palette with no keys assigned yet. */
  public static Palette colourBlindSafe() {
    return new Palette();
  }

  /** The base colours in assignment order. */
  public static List<String> colors() {
    return COLORS;
  }

  /** Assigns colours to {@code keys} in iteration order (keys already assigned keep theirs). */
  public synchronized Palette assign(Collection<String> keys) {
    for (String k : keys) {
      color(k);
    }
    return this;
  }

  /** The colour of {@code key}, assigning the next free colour on first use. */
  public synchronized String color(String key) {
    Objects.requireNonNull(key, "key");
    return assigned.computeIfAbsent(key, k -> COLORS.get(assigned.size() % COLORS.size()));
  }

  /** The keys assigned so far, in assignment order. */
  public synchronized List<String> keys() {
    return new ArrayList<>(assigned.keySet());
  }

  /** A readable text colour (black or white) on top of {@code hex}. */
  public static String textOn(String hex) {
    int r = Integer.parseInt(hex.substring(1, 3), 16);
    int g = Integer.parseInt(hex.substring(3, 5), 16);
    int b = Integer.parseInt(hex.substring(5, 7), 16);
    double luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
    return luminance > 0.55 ? "#111111" : "#ffffff";
  }
}
