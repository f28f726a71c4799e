/** cxkit journey: journey-path algorithms over event data. */
module dev.cxkit.journey {
  requires transitive dev.cxkit.model;
  requires transitive dev.cxkit.metrics;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;
  requires hipparchus.core;

  exports dev.cxkit.journey.attribution;
}
