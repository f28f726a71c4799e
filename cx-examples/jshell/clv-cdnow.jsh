// BG/NBD on the CDNOW sample in JShell: calibration 39 weeks, holdout 39 weeks.
// (JShell ends a statement at a complete line: continue chains with a trailing dot.)
// Run: ./cx jshell cx-examples/jshell/clv-cdnow.jsh   (the launcher sets cx.data)
import dev.cxkit.metrics.clv.*;
import java.nio.file.Path;
import java.time.LocalDate;

var log = TransactionFormat.cdnowSample().
    read(Path.of(System.getProperty("cx.data", "cx-examples/data"), "cdnow", "CDNOW_sample.txt")).
    transactions().orElseThrow();
var cbs = CalibrationSplit.weeks(LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30)).summarise(log);
var bg = BgNbd.fit(cbs).model();
System.out.println(String.format(java.util.Locale.ROOT, "BG/NBD r=%.3f alpha=%.3f a=%.3f b=%.3f", bg.r(), bg.alpha(), bg.a(), bg.b()));
System.out.println(String.format(java.util.Locale.ROOT, "holdout predicted %.0f, actual %.0f",
    bg.expectedHoldoutTransactions(cbs), cbs.totalHoldoutFrequency()));
