package dev.cxkit.render.map;

import dev.cxkit.model.map.Severity;

/** Sequential, colour-blind-safe severity colours (ColorBrewer YlOrBr) with a letter each. */
final class SeverityColors {
  private SeverityColors() {}

  static String fill(Severity s) {
    return switch (s) {
      case LOW -> "#FEE391";
      case MEDIUM -> "#FB9A29";
      case HIGH -> "#CC4C02";
      case CRITICAL -> "#662506";
    };
  }

  static String text(Severity s) {
    return s == Severity.LOW || s == Severity.MEDIUM ? "#111111" : "#ffffff";
  }

  static String letter(Severity s) {
    return s.name().substring(0, 1);
  }

  static String label(Severity s) {
    return s.name().charAt(0) + s.name().substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
