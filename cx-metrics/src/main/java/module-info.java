/** cxkit metrics: pure calculators and mergeable accumulators for customer-experience measures. */
module dev.cxkit.metrics {
  requires transitive dev.cxkit.model;
  requires static transitive org.jspecify;
  requires hipparchus.core;

  exports dev.cxkit.metrics.clv;
  exports dev.cxkit.metrics.retention;
  exports dev.cxkit.metrics.stats;
  exports dev.cxkit.metrics.survey;
  exports dev.cxkit.metrics.drivers;
  exports dev.cxkit.metrics.experience;
  exports dev.cxkit.metrics.gaps;
  exports dev.cxkit.metrics.kano;
  exports dev.cxkit.metrics.sentiment;
}
