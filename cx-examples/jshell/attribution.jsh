// Attribution in JShell: a path table built in code, three models side by side.
// Run: ./cx jshell cx-examples/jshell/attribution.jsh
import dev.cxkit.journey.attribution.*;
import dev.cxkit.journey.paths.PathTable;
import java.util.List;

var table = PathTable.builder().
    add(List.of("search", "email", "display"), 30, 300.0, 70).
    add(List.of("search", "display"), 20, 200.0, 80).
    add(List.of("email"), 10, 100.0, 90).
    build();
for (var model : List.of(AttributionModel.firstTouch(), AttributionModel.lastTouch(),
    (AttributionModel) MarkovAttribution.builder().order(1).build())) {
  var r = model.attribute(table);
  System.out.println(r.model() + ": search=" + String.format(java.util.Locale.ROOT, "%.2f", r.conversions("search"))
      + " email=" + String.format(java.util.Locale.ROOT, "%.2f", r.conversions("email"))
      + " display=" + String.format(java.util.Locale.ROOT, "%.2f", r.conversions("display")));
}
