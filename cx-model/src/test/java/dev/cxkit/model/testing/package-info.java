/**
 * Reusable test fixtures of the model: jqwik arbitraries that generate valid instances of every
 * model type. Shipped in the cx-model test-jar for the other modules' tests.
 */
@NullMarked
package dev.cxkit.model.testing;

import org.jspecify.annotations.NullMarked;
