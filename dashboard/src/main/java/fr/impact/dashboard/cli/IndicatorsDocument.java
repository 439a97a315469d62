package fr.impact.dashboard.cli;

import fr.impact.analytics.Indicators;
import fr.impact.analytics.Ratio;
import fr.impact.analytics.local.Group;
import fr.impact.analytics.local.OriginTotals;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code indicators --json} document of CLI.md (also served as {@code GET /api/indicators}):
 * amounts in euros with 2 decimals, shares with 4 (half-up), kilograms with 3, {@code null}
 * for a ratio whose denominator is zero.
 */
public final class IndicatorsDocument {

    private IndicatorsDocument() {}

    public static Map<String, Object> of(Indicators i) {
        return of(i, fr.impact.analytics.egalim.EgalimTargets.METROPOLE);
    }

    /** The document, with the EGalim gaps measured against the park's target zone. */
    public static Map<String, Object> of(Indicators i, fr.impact.analytics.egalim.EgalimTargets targets) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("from", i.period().from().toString());
        doc.put("to", i.period().to().toString());
        Map<String, Object> filters = new LinkedHashMap<>();
        i.filters().hub().ifPresent(v -> filters.put("hub", v));
        i.filters().segment().ifPresent(v -> filters.put("segment", v.name()));
        i.filters().family().ifPresent(v -> filters.put("family", v.name()));
        i.filters().buyer().ifPresent(v -> filters.put("buyer", v));
        i.filters().producer().ifPresent(v -> filters.put("producer", v));
        doc.put("filters", filters);

        OriginTotals s = i.sales();
        Map<String, Object> sales = new LinkedHashMap<>();
        sales.put("lines", s.lines());
        sales.put("total_ht", money(s.totalHt()));
        sales.put("local_ht", money(s.localHt()));
        sales.put("local_share", share(s.localShare()));
        sales.put("parc_ht", money(s.parcHt()));
        sales.put("parc_share", share(s.parcShare()));
        sales.put("proche_ht", money(s.procheHt()));
        sales.put("eloigne_ht", money(s.eloigneHt()));
        sales.put("unknown_origin_ht", money(s.unknownHt()));
        sales.put("unknown_origin_lines", s.unknownLines());
        sales.put("total_kg", kg(s.totalKg()));
        sales.put("local_kg", kg(s.localKg()));
        sales.put("local_share_volume", share(s.localShareVolume()));
        sales.put("total_litres", kg(s.totalLitres()));
        doc.put("sales", sales);

        Map<String, Object> bySegment = new LinkedHashMap<>();
        for (Group g : i.bySegment()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("total_ht", money(g.totals().totalHt()));
            m.put("local_ht", money(g.totals().localHt()));
            m.put("local_share", share(g.totals().localShare()));
            m.put("lines", g.totals().lines());
            bySegment.put(g.key(), m);
        }
        doc.put("by_segment", bySegment);

        OriginTotals cc = i.collectiveCatering().totals();
        Map<String, Object> collective = new LinkedHashMap<>();
        collective.put("total_ht", money(cc.totalHt()));
        collective.put("local_ht", money(cc.localHt()));
        collective.put("local_share", share(cc.localShare()));
        collective.put("active_buyers", i.collectiveCatering().activeBuyers());
        doc.put("collective_catering", collective);

        var e = i.egalim();
        Map<String, Object> egalim = new LinkedHashMap<>();
        egalim.put("total_ht", money(e.totalHt()));
        egalim.put("bio_ht", money(e.bioHt()));
        egalim.put("siqo_ht", money(e.siqoHt()));
        egalim.put("autres_egalim_ht", money(e.autresEgalimHt()));
        egalim.put("externalites_performance_ht", money(e.externalitesPerformanceHt()));
        egalim.put("egalim_ht", money(e.egalimHt()));
        egalim.put("bio_share", share(e.bioShare()));
        egalim.put("egalim_share", share(e.egalimShare()));
        egalim.put("meat_fish_total_ht", money(e.meatFishTotalHt()));
        egalim.put("meat_fish_egalim_ht", money(e.meatFishEgalimHt()));
        egalim.put("meat_fish_egalim_share", share(e.meatFishEgalimShare()));
        var gaps = e.gaps(targets);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("zone", targets.zone());
        t.put("bio", targets.bio());
        t.put("egalim", targets.egalim());
        t.put("meat_fish_egalim", targets.meatFishEgalim());
        egalim.put("targets", t);
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("bio_ht", money(gaps.bioHt()));
        g.put("egalim_ht", money(gaps.egalimHt()));
        g.put("meat_fish_egalim_ht", money(gaps.meatFishEgalimHt()));
        egalim.put("gaps", g);
        doc.put("egalim", egalim);

        var p = i.producers();
        Map<String, Object> producers = new LinkedHashMap<>();
        producers.put("active", p.active());
        producers.put("local_active", p.localActive());
        producers.put("new", p.newOnes());
        producers.put("top5_share", share(p.top5Share()));
        producers.put("hhi", share(p.hhi()));
        doc.put("producers", producers);

        Map<String, Object> buyers = new LinkedHashMap<>();
        buyers.put("active", i.buyers().active());
        buyers.put("new", i.buyers().newOnes());
        doc.put("buyers", buyers);
        return doc;
    }

    static BigDecimal money(BigDecimal v) {
        return Ratio.round(v, 2);
    }

    static BigDecimal kg(BigDecimal v) {
        return Ratio.round(v, 3);
    }

    static BigDecimal share(Optional<BigDecimal> v) {
        return v.map(x -> Ratio.round(x, 4)).orElse(null);
    }
}
