/**
 * Bundled sample documents: the {@link dev.cxkit.model.samples.JourneyMapSamples cable outage and
 * B2B purchase journey maps and the B2B onboarding service blueprint}, for examples, tests and
 * demos.
 */
@NullMarked
package dev.cxkit.model.samples;

import org.jspecify.annotations.NullMarked;
