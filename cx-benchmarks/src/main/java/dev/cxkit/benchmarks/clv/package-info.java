/**
 * Benchmarks of the buy-till-you-die models of {@code dev.cxkit.metrics.clv}: fits on CDNOW and on
 * seeded simulations of 1,000,000 customers ({@link dev.cxkit.benchmarks.clv.BtydSimulator}).
 */
package dev.cxkit.benchmarks.clv;
