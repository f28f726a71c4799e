package dev.cxkit.journey.attribution;

import dev.cxkit.journey.paths.PathTable;

/**
 * Participation: every channel on a converting path gets the path's conversions and value in full,
 * once however often it was touched. Not additive: a channel's credit is the conversions (and
 * value) it took part in, and the credits add up to more than the conversions when paths have
 * several channels.
 */
final class ParticipationModel implements AttributionModel {

  @Override
  public AttributionResult attribute(PathTable table) {
    int channels = table.channelCount();
    double[] conv = new double[channels];
    double[] convComp = new double[channels];
    double[] value = new double[channels];
    double[] valueComp = new double[channels];
    int[] seenOn = new int[channels];
    java.util.Arrays.fill(seenOn, -1);
    for (int p = 0; p < table.pathCount(); p++) {
      long c = table.conversions(p);
      if (c == 0) {
        continue;
      }
      double v = table.value(p);
      for (int i = 0; i < table.pathLength(p); i++) {
        int ch = table.touch(p, i);
        if (seenOn[ch] != p) {
          seenOn[ch] = p;
          Credits.add(conv, convComp, ch, c);
          Credits.add(value, valueComp, ch, v);
        }
      }
    }
    return AttributionResult.participation(
        "participation",
        Credits.channels(table),
        Credits.finish(conv, convComp),
        Credits.finish(value, valueComp),
        table.totalConversions(),
        table.totalValue());
  }
}
