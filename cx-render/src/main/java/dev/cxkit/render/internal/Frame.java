package dev.cxkit.render.internal;

/**
 * Common chart furniture: the document with a title and subtitle, and the "no data" picture.
 *
 * {@snippet class=dev.cxkit.render.internal.SnippetsTest region=frame}
 */
public final class Frame {
  private Frame() {}

  /** Height taken by the title block. */
  public static final double HEADER = 52;

  /** Opens a document with a visible title and an optional subtitle. */
  public static SvgWriter open(double width, double height, String title, String subtitle) {
    SvgWriter w = SvgWriter.document(width, height, title, subtitle.isEmpty() ? title : subtitle);
    Text.line(w, title, 16, 24, width - 32, 16, "font-weight", "600", "class", "chart-title");
    if (!subtitle.isEmpty()) {
      Text.line(w, subtitle, 16, 42, width - 32, 11.5, "fill", Colors.MUTED);
    }
    return w;
  }

  /** A complete picture that says there is nothing to show, and why. */
  public static String noData(String title, String reason) {
    double width = 640;
    double height = 180;
    SvgWriter w = open(width, height, title, "");
    w.start("g", "class", "no-data");
    w.empty(
        "rect",
        "x",
        16,
        "y",
        56,
        "width",
        width - 32,
        "height",
        96,
        "rx",
        6,
        "fill",
        Colors.BAND,
        "stroke",
        Colors.GRID,
        "stroke-dasharray",
        "4 3");
    Text.line(
        w,
        "No data to show",
        width / 2,
        96,
        width - 64,
        14,
        "text-anchor",
        "middle",
        "font-weight",
        "600");
    Text.line(
        w, reason, width / 2, 120, width - 64, 12, "text-anchor", "middle", "fill", Colors.MUTED);
    w.end();
    return w.finish();
  }

  /** Draws a horizontal legend of colour swatches; returns the x after the last entry. */
  public static double legend(SvgWriter w, double x, double y, String[] labels, String[] colors) {
    w.start("g", "class", "legend");
    double cx = x;
    for (int i = 0; i < labels.length; i++) {
      w.empty("rect", "x", cx, "y", y - 9, "width", 10, "height", 10, "rx", 2, "fill", colors[i]);
      String label = Text.truncate(labels[i], 28);
      Text.line(w, labels[i], cx + 14, y, Text.width(label, 11) + 4, 11, "fill", Colors.INK);
      cx += 14 + Text.width(label, 11) + 16;
    }
    w.end();
    return cx;
  }
}
