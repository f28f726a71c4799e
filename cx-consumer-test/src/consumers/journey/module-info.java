/** A user's module that assembles journeys from events. */
module dev.cxkit.consumer.journey {
  requires dev.cxkit.journey;
}
