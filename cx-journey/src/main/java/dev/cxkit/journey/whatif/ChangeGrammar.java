package dev.cxkit.journey.whatif;

import static java.util.Objects.requireNonNull;

/** The one text form of a {@link Change} (see {@link Change}); used by the API and the CLI. */
final class ChangeGrammar {
  private ChangeGrammar() {}

  /** Parses {@code text}; see {@link Change#parse}. */
  static Change parse(String text) {
    requireNonNull(text, "text");
    int colon = split(text);
    if (colon <= 0) {
      throw bad(text, "must look like STEP:drop-off=-20%, STEP:remove-loop=TARGET, ...");
    }
    String step = text.substring(0, colon).trim();
    String rest = text.substring(colon + 1).trim();
    if (rest.equals("remove")) {
      return Change.removeStep(step);
    }
    int eq = rest.indexOf('=');
    if (eq < 0) {
      throw bad(text, "must have KIND=VALUE after the step");
    }
    String kind = rest.substring(0, eq).trim();
    String value = rest.substring(eq + 1).trim();
    switch (kind) {
      case "drop-off":
        {
          double v = number(text, value);
          if (v > 0) {
            throw bad(text, "drop-off change must be a reduction (<= 0), was " + value);
          }
          return Change.reduceDropOff(step, -v);
        }
      case "remove-loop":
        return Change.removeLoop(step, value);
      case "proactive":
        {
          String[] parts = value.split("/");
          if (parts.length != 2) {
            throw bad(text, "proactive must be REACH%/-X%, was " + value);
          }
          return Change.addProactiveTouch(step, number(text, parts[0]), -number(text, parts[1]));
        }
      case "shift":
      case "to":
        {
          int at = value.lastIndexOf('@');
          if (at <= 0) {
            throw bad(text, kind + " must be TARGET@FRACTION, was " + value);
          }
          String target = value.substring(0, at).trim();
          double f = number(text, value.substring(at + 1));
          return kind.equals("shift")
              ? Change.shiftTraffic(step, target, f)
              : Change.setTransition(step, target, f);
        }
      default:
        throw bad(
            text,
            "kind must be one of drop-off, remove-loop, proactive, shift, to, remove; was '"
                + kind
                + "'");
    }
  }

  private static final String[] KINDS = {
    "remove", "drop-off=", "remove-loop=", "proactive=", "shift=", "to="
  };

  /**
   * The colon between the step and the kind: the first one followed by a kind, so that state names
   * may contain colons ({@code proactive:billing:drop-off=-10%}); the last one otherwise.
   */
  private static int split(String text) {
    for (int c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
      String rest = text.substring(c + 1).trim();
      for (String kind : KINDS) {
        if (kind.equals("remove") ? rest.equals(kind) : rest.startsWith(kind)) {
          return c;
        }
      }
    }
    return text.lastIndexOf(':');
  }

  private static double number(String text, String value) {
    String v = value.trim();
    boolean pct = v.endsWith("%");
    if (pct) {
      v = v.substring(0, v.length() - 1).trim();
    }
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d)) {
        throw bad(text, "value must be finite, was " + value);
      }
      return pct ? d / 100 : d;
    } catch (NumberFormatException e) {
      throw bad(text, "value must be a number or percentage, was '" + value + "'");
    }
  }

  private static IllegalArgumentException bad(String text, String rule) {
    return new IllegalArgumentException("change '" + text + "': " + rule);
  }
}
