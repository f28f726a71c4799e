// Survey statistics in JShell: NPS with intervals, CSAT, and a comparison of two samples.
// Run: ./cx jshell cx-examples/jshell/survey.jsh
import dev.cxkit.metrics.survey.*;
import dev.cxkit.model.survey.Scale;

var counts = NetScoreCounts.nps(250, 675, 75);
var nps = NetScores.of(counts);
System.out.println(String.format(java.util.Locale.ROOT, "NPS %.3f, 95%% [%.3f, %.3f]",
    nps.estimate().getAsDouble(), nps.interval().get().lower(), nps.interval().get().upper()));
System.out.println(nps.points());   // the same score on the -100..100 points scale

var csat = CsatScore.of(new ScoreAccumulator(Scale.csat5()).addAll(new int[] {5, 4, 4, 3, 5, 2, 4}).snapshot());
System.out.println(String.format(java.util.Locale.ROOT, "CSAT top-2-box %.3f", csat.topTwoBox().estimate().getAsDouble()));

var diff = Comparisons.netScores(NetScoreCounts.nps(150, 190, 60), NetScoreCounts.nps(120, 200, 80));
System.out.println(String.format(java.util.Locale.ROOT, "NPS change %.3f, p=%.4f", diff.difference(), diff.pValue()));
