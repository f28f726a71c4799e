/**
 * cxkit render: standalone SVG pictures (journey maps, service blueprints, flows, funnels,
 * attribution, scores, drivers, retention, CLV), Graphviz DOT and Mermaid text, and self-contained
 * HTML reports. No runtime dependency beyond the JDK and the other cxkit modules.
 */
module dev.cxkit.render {
  requires transitive dev.cxkit.model;
  requires transitive dev.cxkit.metrics;
  requires transitive dev.cxkit.journey;
  requires static transitive org.jspecify;

  exports dev.cxkit.render;
  exports dev.cxkit.render.map;
  exports dev.cxkit.render.chart;
  exports dev.cxkit.render.text;
}
