// A journey map in JShell: the cable-outage sample, its pain points and its emotion curve.
// Run: ./cx jshell cx-examples/jshell/journey-map.jsh
import dev.cxkit.model.map.*;
import dev.cxkit.model.samples.JourneyMapSamples;

var map = JourneyMapSamples.cableOutage();
System.out.println(map.name() + ": " + map.stages().size() + " stages, " + map.steps().size() + " steps");
map.steps().forEach(s -> s.painPoints().forEach(p ->
    System.out.println("  " + p.severity() + " at " + s.id() + ": " + p.description())));
System.out.println("lowest valence: " + map.emotionCurve().stream().
    mapToDouble(EmotionPoint::valence).min().getAsDouble());
