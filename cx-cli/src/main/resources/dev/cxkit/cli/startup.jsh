// cxkit JShell startup: the main packages, and nps(P, Q, D) as a shortcut.
import java.nio.file.*;
import java.time.*;
import java.util.*;
import dev.cxkit.model.map.*;
import dev.cxkit.model.samples.*;
import dev.cxkit.model.json.*;
import dev.cxkit.model.survey.*;
import dev.cxkit.metrics.stats.*;
import dev.cxkit.metrics.survey.*;
import dev.cxkit.metrics.drivers.*;
import dev.cxkit.metrics.retention.*;
import dev.cxkit.metrics.clv.*;
import dev.cxkit.journey.events.*;
import dev.cxkit.journey.assembly.*;
import dev.cxkit.journey.paths.*;
import dev.cxkit.journey.funnel.*;
import dev.cxkit.journey.attribution.*;
Score nps(long promoters, long passives, long detractors) { return NetScores.of(NetScoreCounts.nps(promoters, passives, detractors)); }
