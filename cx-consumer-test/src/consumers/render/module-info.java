/** A user's module that draws pictures. */
module dev.cxkit.consumer.render {
  requires dev.cxkit.render;
}
