// cxkit JShell startup (beside JShell's DEFAULT imports): survey scores, journey maps and the
// nps(P, Q, D) shortcut. Import more when you need them, for example:
//   import dev.cxkit.metrics.clv.*;       customer lifetime value (BG/NBD, Gamma-Gamma)
//   import dev.cxkit.journey.events.*;    event logs; .assembly, .paths, .funnel for journeys
// /imports lists what is imported.
import dev.cxkit.metrics.survey.*;
import dev.cxkit.model.map.*;
import dev.cxkit.model.samples.*;
Score nps(long promoters, long passives, long detractors) { return NetScores.of(NetScoreCounts.nps(promoters, passives, detractors)); }
