/** cxkit journey: journey-path algorithms over event data. */
module dev.cxkit.journey {
  requires transitive dev.cxkit.model;
  requires transitive dev.cxkit.metrics;
  requires static transitive org.jspecify;
  requires hipparchus.core;
  // JsonEventReader only: optional for users who read events from CSV
  requires static com.fasterxml.jackson.databind;
  requires java.xml;

  exports dev.cxkit.journey.events;
  exports dev.cxkit.journey.assembly;
  exports dev.cxkit.journey.attribution;
  exports dev.cxkit.journey.paths;
  exports dev.cxkit.journey.markov;
  exports dev.cxkit.journey.funnel;
  exports dev.cxkit.journey.retention;
  exports dev.cxkit.journey.conformance;
  exports dev.cxkit.journey.whatif;
  exports dev.cxkit.journey.insight;
  exports dev.cxkit.journey.interchange;
}
