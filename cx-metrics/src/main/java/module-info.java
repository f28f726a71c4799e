/** cxkit metrics: pure calculators and mergeable accumulators for customer-experience measures. */
module dev.cxkit.metrics {
  requires transitive dev.cxkit.model;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires hipparchus.core;
  requires hipparchus.stat;
  requires hipparchus.optim;

  exports dev.cxkit.metrics.clv;
  exports dev.cxkit.metrics.stats;
}
