package fr.impact.dashboard.funding;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.funding.Funding;
import fr.impact.analytics.funding.ProjectFunding;
import fr.impact.analytics.funding.TreasuryGap;
import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.charts.AltText;
import fr.impact.dashboard.system.Formats;
import fr.impact.dashboard.system.Texts;
import fr.impact.reports.chart.Chart;
import fr.impact.reports.chart.ChartData;
import fr.impact.reports.chart.Unit;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The funding page ({@code GET /financement[?project=]}) and its treasury-gap chart
 * ({@code GET /financement/ecart-tresorerie.png[?project=]}), drawn by the reports' chart code.
 */
@Controller
class FundingController {

    static final String VIEW = "funding/funding";
    private static final java.time.format.DateTimeFormatter SHORT_MONTH =
            java.time.format.DateTimeFormatter.ofPattern("MM/yy");

    private final Database db;
    private final Formats fr;
    private final Texts texts;

    FundingController(Database db, Formats fr, Texts texts) {
        this.db = db;
        this.fr = fr;
        this.texts = texts;
    }

    /** The projects and the selected one (the first when none or an unknown one is asked). */
    private record Selection(List<Funding.Project> projects, Optional<ProjectFunding> selected,
            Optional<Funding.Project> project) {}

    private Selection select(String project) throws Exception {
        return db.read(c -> {
            Funding funding = new Analytics(c).funding();
            List<Funding.Project> projects = funding.projects();
            Optional<Funding.Project> p = project == null ? Optional.empty()
                    : projects.stream().filter(x -> x.key().equals(project) || x.name().equals(project)).findFirst();
            if (p.isEmpty() && !projects.isEmpty()) {
                p = Optional.of(projects.get(0));
            }
            Optional<ProjectFunding> f = p.isPresent() ? Optional.of(funding.of(p.get())) : Optional.empty();
            return new Selection(projects, f, p);
        });
    }

    @GetMapping("/financement")
    String funding(@RequestParam(name = "project", required = false) String project, Model model) throws Exception {
        Selection s = select(project);
        model.addAttribute("projects", s.projects());
        model.addAttribute("project", s.project().orElse(null));
        if (project != null && !project.isBlank() && s.project().filter(x -> x.key().equals(project)
                || x.name().equals(project)).isEmpty()) {
            model.addAttribute("unknownProject", project);
        }
        if (s.selected().isPresent()) {
            ProjectFunding f = s.selected().get();
            model.addAttribute("f", f);
            Chart chart = chart(f);
            model.addAttribute("chartAlt", AltText.of(chart, summary(f), texts));
            model.addAttribute("chartTitle", chart.title());
            model.addAttribute("gapSentence", gapSentence(f.treasury()));
        }
        return VIEW;
    }

    @GetMapping(value = "/financement/ecart-tresorerie.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> treasuryGapPng(@RequestParam(name = "project", required = false) String project)
            throws Exception {
        Selection s = select(project);
        if (s.selected().isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        byte[] png = chart(s.selected().get()).png(1100, 450, 1.5);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
    }

    /** The highest treasury gap and its date, in a sentence of the page's language. */
    String gapSentence(TreasuryGap t) {
        return t.maxDate()
                .map(d -> texts.get("funding.gap.max", fr.euros(t.max()), fr.date(d)))
                .orElse(texts.get("funding.gap.none"));
    }

    /** What the chart shows, the first words of its alternative text. */
    private String summary(ProjectFunding f) {
        return texts.get("funding.chart.summary", gapSentence(f.treasury()));
    }

    Chart chart(ProjectFunding f) {
        // one point per month, its highest end-of-day gap: the overall maximum stays on the chart
        java.util.Map<java.time.YearMonth, java.math.BigDecimal> byMonth = new java.util.TreeMap<>();
        for (TreasuryGap.Day d : f.treasury().days()) {
            byMonth.merge(java.time.YearMonth.from(d.date()), d.gap(), java.math.BigDecimal::max);
        }
        ChartData.Builder b = ChartData.builder(texts.get("chart.month"), Unit.EUROS_HT)
                .series(texts.get("funding.chart.series"));
        byMonth.forEach((m, gap) -> b.category(m.format(SHORT_MONTH), gap));
        return Chart.of(Chart.Kind.LINE, texts.get("funding.chart.title", f.name()), b.build(), summary(f),
                texts.get("funding.chart.note"));
    }
}
