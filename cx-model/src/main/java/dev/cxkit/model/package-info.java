/**
 * The cxkit domain model's top-level documents ({@link dev.cxkit.model.CxDocument}); the model
 * itself lives in the packages named after its concepts (lifecycle, persona, touchpoint,
 * interaction, survey, journey, map, blueprint, experience).
 */
@NullMarked
package dev.cxkit.model;

import org.jspecify.annotations.NullMarked;
