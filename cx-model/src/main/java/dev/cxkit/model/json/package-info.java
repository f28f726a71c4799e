/**
 * Lossless, hardened JSON for every model type through the {@link dev.cxkit.model.json.CxJson}
 * facade: strict (unknown fields rejected) or lenient, bounded nesting depth, string length and
 * document size, errors that name the JSON path and the rule ({@link
 * dev.cxkit.model.json.CxJsonException}), and {@code schemaVersion} checks on top-level {@link
 * dev.cxkit.model.CxDocument documents}. Default typing is never enabled.
 */
@NullMarked
package dev.cxkit.model.json;

import org.jspecify.annotations.NullMarked;
