/**
 * Kano analysis of features: {@link dev.cxkit.metrics.kano.KanoEvaluationTable classification} of
 * functional/dysfunctional answer pairs, mergeable {@link dev.cxkit.metrics.kano.KanoCounts
 * counts}, Better/Worse coefficients and Fong's test for a decided category.
 */
@NullMarked
package dev.cxkit.metrics.kano;

import org.jspecify.annotations.NullMarked;
