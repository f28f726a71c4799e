/**
 * Customer lifetime value in non-contractual settings ("buy till you die"): {@link
 * dev.cxkit.metrics.clv.CustomerSummaries customer summaries} built from {@link
 * dev.cxkit.metrics.clv.Transactions purchase logs} with a {@link
 * dev.cxkit.metrics.clv.CalibrationSplit calibration/holdout split}; the transaction models {@link
 * dev.cxkit.metrics.clv.BgNbd BG/NBD}, {@link dev.cxkit.metrics.clv.MbgNbd MBG/NBD} and {@link
 * dev.cxkit.metrics.clv.ParetoNbd Pareto/NBD}; the {@link dev.cxkit.metrics.clv.GammaGamma
 * Gamma-Gamma} spend model; maximum-likelihood {@link dev.cxkit.metrics.clv.BtydFit fits} with
 * standard errors and a convergence report; time-invariant {@link dev.cxkit.metrics.clv.Covariates
 * covariates} ({@link dev.cxkit.metrics.clv.CovariateFit}); the discrete-time {@link
 * dev.cxkit.metrics.clv.BgBb BG/BB} model on {@link dev.cxkit.metrics.clv.DiscreteSummaries};
 * {@link dev.cxkit.metrics.clv.PredictionBootstrap bootstrap} {@link
 * dev.cxkit.metrics.clv.PredictionIntervals prediction intervals}; {@link
 * dev.cxkit.metrics.clv.FitChecks fit checks}; and {@link dev.cxkit.metrics.clv.CustomerScores} to
 * score a whole base under a {@link dev.cxkit.metrics.clv.ClvSpecification}. {@link
 * dev.cxkit.metrics.clv.SimpleClv} is the simple (Gupta &amp; Lehmann 2003) lifetime value for
 * contractual settings: margin × survival × discount, summed over periods, with any {@link
 * dev.cxkit.metrics.retention.RetentionCurve}.
 *
 * <pre>{@code
 * Transactions log = TransactionFormat.cdnowSample().read(path).transactions().orElseThrow();
 * CustomerSummaries cbs = CalibrationSplit.weeks(
 *     LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30)).summarise(log);
 * BgNbd model = BgNbd.fit(cbs).model();
 * double forecast = model.expectedHoldoutTransactions(cbs);   // 1,653 vs 1,882 actual
 * }</pre>
 */
@NullMarked
package dev.cxkit.metrics.clv;

import org.jspecify.annotations.NullMarked;
