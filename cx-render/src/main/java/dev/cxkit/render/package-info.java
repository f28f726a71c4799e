/**
 * Shared pieces of cxkit's pictures: the colour-blind-safe {@link dev.cxkit.render.Palette}, the
 * self-contained {@link dev.cxkit.render.HtmlReport} and the formula-safe {@link
 * dev.cxkit.render.CsvExport}.
 */
@NullMarked
package dev.cxkit.render;

import org.jspecify.annotations.NullMarked;
