/** A user's module that needs only the domain model (and no JSON). */
module dev.cxkit.consumer.model {
  requires dev.cxkit.model;
}
