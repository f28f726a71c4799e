/**
 * cxkit's immutable domain model of customer experience: lifecycle stages, personas, channels and
 * touchpoints, moments of truth, interactions, surveys, journeys, journey maps and service
 * blueprints, with lossless JSON.
 */
module dev.cxkit.model {
  requires static transitive org.immutables.value.annotations;
  requires static org.jspecify;
  requires transitive com.google.common;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports dev.cxkit.model;
  exports dev.cxkit.model.experience;
  exports dev.cxkit.model.survey;

  opens dev.cxkit.model.experience to
      com.fasterxml.jackson.databind;
  opens dev.cxkit.model.survey to
      com.fasterxml.jackson.databind;
}
