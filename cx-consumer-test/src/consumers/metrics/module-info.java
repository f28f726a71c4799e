/** A user's module that computes survey scores. */
module dev.cxkit.consumer.metrics {
  requires dev.cxkit.metrics;
}
