package dev.cxkit.metrics.survey;

import dev.cxkit.model.internal.WireReader;
import dev.cxkit.model.internal.WireWriter;
import dev.cxkit.model.survey.Direction;
import dev.cxkit.model.survey.Scale;
import java.util.ArrayList;
import java.util.List;

/** The wire form of the survey types that mergeable survey values carry (scales, definitions). */
final class SurveyWire {

  private SurveyWire() {}

  static void writeScale(WireWriter out, Scale scale) {
    out.writeString(scale.name());
    out.writeSigned(scale.min());
    out.writeSigned(scale.max());
    out.writeByte(scale.direction().ordinal());
    out.writeCount(scale.labels().size());
    for (String label : scale.labels()) {
      out.writeString(label);
    }
  }

  /**
   * Reads a scale whose points are each followed by at least {@code bytesPerPoint} bytes, so that a
   * hostile range cannot make the reader allocate more than the input allows.
   */
  static Scale readScale(WireReader in, int bytesPerPoint) {
    String name = in.readString("scale name");
    int min = in.readSignedInt("scale min");
    int max = in.readSignedInt("scale max");
    if (min >= max) {
      throw in.invalid("scale " + name, "min must be below max, was min=" + min + " max=" + max);
    }
    long points = (long) max - min + 1;
    if (points > Integer.MAX_VALUE - 8) {
      throw in.invalid("scale " + name, "must have fewer than 2^31 - 8 points, was " + points);
    }
    int directionIndex = in.readByte("scale direction");
    if (directionIndex >= Direction.values().length) {
      throw in.invalid("scale direction", "must be 0 or 1, was " + directionIndex);
    }
    int labelCount = in.readLength("scale label count", 1);
    if (labelCount != 0 && labelCount != points) {
      throw in.invalid("scale " + name, "labels must be empty or one per point (" + points + ")");
    }
    List<String> labels = new ArrayList<>(labelCount);
    for (int i = 0; i < labelCount; i++) {
      labels.add(in.readString("scale label " + i));
    }
    // every point is followed by its counts: the range is bounded by the bytes that are left
    in.checkRoom("scale " + name + " points", points, bytesPerPoint);
    return Scale.builder()
        .name(name)
        .min(min)
        .max(max)
        .direction(Direction.values()[directionIndex])
        .addAllLabels(labels)
        .build();
  }

  static void writeDefinition(WireWriter out, NetScoreDefinition d) {
    out.writeString(d.name());
    writeScale(out, d.scale());
    out.writeSigned(d.positiveFrom());
    out.writeSigned(d.positiveTo());
    out.writeSigned(d.negativeFrom());
    out.writeSigned(d.negativeTo());
    out.writeString(d.bandNames().positive());
    out.writeString(d.bandNames().passive());
    out.writeString(d.bandNames().negative());
  }

  static NetScoreDefinition readDefinition(WireReader in) {
    String name = in.readString("net score name");
    Scale scale = readScale(in, 0);
    int positiveFrom = in.readSignedInt("positiveFrom");
    int positiveTo = in.readSignedInt("positiveTo");
    int negativeFrom = in.readSignedInt("negativeFrom");
    int negativeTo = in.readSignedInt("negativeTo");
    NetScoreDefinition.BandNames names =
        new NetScoreDefinition.BandNames(
            in.readString("positive band name"),
            in.readString("passive band name"),
            in.readString("negative band name"));
    return NetScoreDefinition.of(
        name, scale, positiveFrom, positiveTo, negativeFrom, negativeTo, names);
  }
}
