package dev.cxkit.spark;

import dev.cxkit.metrics.clv.BgNbd;
import dev.cxkit.metrics.clv.GammaGamma;
import dev.cxkit.metrics.clv.MbgNbd;
import dev.cxkit.metrics.clv.ParetoNbd;
import dev.cxkit.metrics.clv.TransactionModel;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * A fitted model as plain serializable numbers, broadcast to executors and rebuilt there with the
 * model's own factory (cx-metrics' models are records, not {@link Serializable}).
 */
record ModelSpec(String kind, double[] parameters, double @Nullable [] spend)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  static ModelSpec of(TransactionModel model, @Nullable GammaGamma spend) {
    String kind;
    if (model instanceof BgNbd) {
      kind = "BG/NBD";
    } else if (model instanceof MbgNbd) {
      kind = "MBG/NBD";
    } else if (model instanceof ParetoNbd) {
      kind = "Pareto/NBD";
    } else {
      throw new IllegalArgumentException(
          "model must be BgNbd, MbgNbd or ParetoNbd to be scored in Spark, was "
              + model.getClass().getName());
    }
    return new ModelSpec(
        kind,
        model.parameters().clone(),
        spend == null ? null : new double[] {spend.p(), spend.q(), spend.gamma()});
  }

  TransactionModel model() {
    double[] p = parameters;
    return switch (kind) {
      case "BG/NBD" -> BgNbd.of(p[0], p[1], p[2], p[3]);
      case "MBG/NBD" -> MbgNbd.of(p[0], p[1], p[2], p[3]);
      case "Pareto/NBD" -> ParetoNbd.of(p[0], p[1], p[2], p[3]);
      default -> throw new IllegalStateException("unknown model kind " + kind);
    };
  }

  @Nullable GammaGamma spendModel() {
    return spend == null ? null : GammaGamma.of(spend[0], spend[1], spend[2]);
  }
}
