/**
 * Journey-engine benchmarks: streaming assembly of sorted events in a bounded heap, CSV ingestion
 * plus assembly plus first-order transition counts end to end, and assembly of unsorted logs. Event
 * logs come from {@link dev.cxkit.benchmarks.journey.JourneyLogGenerator}, a seeded Markov model of
 * a journey map.
 */
package dev.cxkit.benchmarks.journey;
