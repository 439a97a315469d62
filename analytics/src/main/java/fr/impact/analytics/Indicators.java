package fr.impact.analytics;

import fr.impact.analytics.egalim.EgalimTotals;
import fr.impact.analytics.impact.Impact.BuyerFigures;
import fr.impact.analytics.impact.ProducerFigures;
import fr.impact.analytics.local.Group;
import fr.impact.analytics.local.LocalSourcing.Collective;
import fr.impact.analytics.local.OriginTotals;
import java.util.List;

/** The indicator document of {@code bin/impact indicators} and {@code GET /api/indicators}. */
public record Indicators(Period period, Filters filters, OriginTotals sales, List<Group> bySegment,
        Collective collectiveCatering, EgalimTotals egalim, ProducerFigures producers, BuyerFigures buyers) {}
