/**
 * cxkit's immutable domain model of customer experience: lifecycle stages, personas, channels and
 * touchpoints, moments of truth, interactions, surveys, journeys, journey maps and service
 * blueprints, with lossless JSON.
 */
@SuppressWarnings("module") // the qualified export names modules built after this one
module dev.cxkit.model {
  requires static transitive org.immutables.value.annotations;
  requires static org.jspecify;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports dev.cxkit.model;
  exports dev.cxkit.model.blueprint;
  exports dev.cxkit.model.csv;
  exports dev.cxkit.model.experience;
  exports dev.cxkit.model.interaction;
  exports dev.cxkit.model.journey;
  exports dev.cxkit.model.json;
  exports dev.cxkit.model.lifecycle;
  exports dev.cxkit.model.map;
  exports dev.cxkit.model.persona;
  exports dev.cxkit.model.samples;
  exports dev.cxkit.model.survey;
  exports dev.cxkit.model.touchpoint;
  exports dev.cxkit.model.internal to
      dev.cxkit.metrics,
      dev.cxkit.journey,
      dev.cxkit.render;

  opens dev.cxkit.model.blueprint to
      com.fasterxml.jackson.databind;
  opens dev.cxkit.model.experience to
      com.fasterxml.jackson.databind;
  opens dev.cxkit.model.interaction to
      com.fasterxml.jackson.databind;
  opens dev.cxkit.model.journey to
      com.fasterxml.jackson.databind;
  opens dev.cxkit.model.lifecycle to
      com.fasterxml.jackson.databind;
  opens dev.cxkit.model.map to
      com.fasterxml.jackson.databind;
  opens dev.cxkit.model.persona to
      com.fasterxml.jackson.databind;
  opens dev.cxkit.model.survey to
      com.fasterxml.jackson.databind;
  opens dev.cxkit.model.touchpoint to
      com.fasterxml.jackson.databind;
}
