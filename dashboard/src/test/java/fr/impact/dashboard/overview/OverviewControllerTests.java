package fr.impact.dashboard.overview;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.dashboard.system.WebSlice;
import fr.impact.reports.brief.BriefReport;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The overview page alone: its period choice, its model, who may see it. */
@WebMvcTest(OverviewController.class)
@Import(WebSlice.class)
class OverviewControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IndicatorsService indicators;

    @MockitoBean
    OverviewCharts charts;

    @BeforeEach
    void emptyFigures() throws Exception {
        when(indicators.indicators(any())).thenAnswer(inv -> {
            try (Connection c = WebSlice.emptyStore().newConnection()) {
                return new Analytics(c).indicators(inv.getArgument(0), Filters.NONE);
            }
        });
        when(charts.monthlyShare(any())).thenAnswer(inv -> {
            try (Connection c = WebSlice.emptyStore().newConnection()) {
                return BriefReport.monthlyShare(new Analytics(c), inv.getArgument(0), Filters.NONE);
            }
        });
    }

    @Test
    void anonymousVisitorsGoToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/connexion"));
    }

    @Test
    void withoutDataTheOverviewSaysSo() throws Exception {
        when(indicators.salesPeriod()).thenReturn(Optional.empty());

        mvc.perform(get("/").with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isOk()).andExpect(view().name(OverviewController.VIEW))
                .andExpect(model().attribute("hasData", false))
                .andExpect(model().attributeDoesNotExist("now"));
    }

    @Test
    void showsTheLatestFullYearBesideTheYearBefore() throws Exception {
        // data from March 2023 to June 2024: 2023 is the latest full year
        when(indicators.salesPeriod()).thenReturn(Optional.of(new Period(LocalDate.of(2023, 3, 1), LocalDate.of(2024, 6, 30))));

        mvc.perform(get("/").with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("hasData", true))
                .andExpect(model().attribute("selectedYear", 2023))
                .andExpect(model().attribute("period", Period.year(2023)))
                .andExpect(model().attribute("previousPeriod", Period.year(2022)))
                .andExpect(model().attribute("years", java.util.List.of(2024, 2023)))
                .andExpect(model().attribute("officer", false));
    }

    @Test
    void aReversedPeriodFallsBackToTheLatestFullYearWithAFrenchMessage() throws Exception {
        when(indicators.salesPeriod()).thenReturn(Optional.of(new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))));

        mvc.perform(get("/").param("du", "2023-06-01").param("au", "2023-01-01").with(user(WebSlice.OFFICER).roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("period", Period.year(2023)))
                .andExpect(model().attribute("problem", "La date de fin précède la date de début : la dernière année complète est affichée."))
                .andExpect(model().attribute("officer", true));
    }

    @Test
    void aDateThatIsNoDateIsABadRequest() throws Exception {
        mvc.perform(get("/").param("du", "hier").with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isBadRequest());
    }
}
