package fr.impact.dashboard.cli;

import fr.impact.analytics.Ratio;
import fr.impact.analytics.territory.EgalimBenchmark;
import fr.impact.analytics.territory.YearBenchmark;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code egalim-territory --json} document of CLI.md, shared by the command line and the HTTP API. */
public final class EgalimTerritoryDocument {

    private EgalimTerritoryDocument() {}

    public static Map<String, Object> of(EgalimBenchmark b) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("pat", b.pat());
        List<Object> years = new ArrayList<>();
        for (YearBenchmark y : b.years()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", y.year());
            m.put("canteens", y.canteens());
            m.put("mean_bio", ratio(y.meanBio()));
            m.put("mean_egalim_hors_bio", ratio(y.meanEgalimHorsBio()));
            m.put("meeting_targets", y.meetingTargets());
            m.put("national_mean_bio", ratio(y.nationalMeanBio()));
            years.add(m);
        }
        doc.put("years", years);
        return doc;
    }

    private static BigDecimal ratio(Optional<BigDecimal> v) {
        return v.map(x -> Ratio.round(x, 4)).orElse(null);
    }
}
