/**
 * Text diagrams for documentation tools: Graphviz DOT for Markov chains and Mermaid journey
 * diagrams.
 */
@NullMarked
package dev.cxkit.render.text;

import org.jspecify.annotations.NullMarked;
