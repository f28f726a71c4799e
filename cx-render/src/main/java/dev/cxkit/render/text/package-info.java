/**
 * Text formats: {@link dev.cxkit.render.text.Escape}, cxkit's one output-escaping layer for CSV,
 * JSON, SVG/XML/HTML, Mermaid, DOT and terminal text (used by every picture, report and export of
 * cx-render and by the {@code ./cx} command), and text diagrams for documentation tools: Graphviz
 * DOT for Markov chains ({@link dev.cxkit.render.text.MarkovDot}) and Mermaid journey diagrams
 * ({@link dev.cxkit.render.text.MermaidJourney}).
 */
@NullMarked
package dev.cxkit.render.text;

import org.jspecify.annotations.NullMarked;
