package fr.impact.dashboard.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.impact.analytics.Period;
import fr.impact.dashboard.charts.FigureCache;
import fr.impact.dashboard.filters.FiltersReader;
import fr.impact.dashboard.filters.SalesFilters;
import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.WebSlice;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The local-sourcing page alone, over an empty database: the breakdown and the period asked. */
@WebMvcTest(LocalSourcingController.class)
@Import({WebSlice.class, FigureCache.class})
class LocalSourcingControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Database db;

    @MockitoBean
    FiltersReader filters;

    @BeforeEach
    void empty() throws Exception {
        WebSlice.emptyDatabase(db);
        WebSlice.salesFrom2023ToMarch2024(filters);
    }

    static SalesFilters f(MvcResult r) {
        return (SalesFilters) r.getModelAndView().getModel().get("f");
    }

    @Test
    void breaksDownByTheDimensionAskedOverTheYearAsked() throws Exception {
        MvcResult r = mvc.perform(get("/local").param("par", "producteur").param("annee", "2023")
                        .with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isOk()).andExpect(view().name(LocalSourcingController.VIEW))
                .andExpect(model().attribute("by", "producteur")).andExpect(model().attribute("byLabel", "Producteur"))
                .andReturn();
        assertThat(f(r).period()).isEqualTo(Period.year(2023));
        assertThat(f(r).problems()).isEmpty();
    }

    @Test
    void anUnknownDimensionOrYearFallsBackToMonthsOfTheLastYearAndSaysSo() throws Exception {
        MvcResult r = mvc.perform(get("/local").param("par", "<script>").param("annee", "1990")
                        .with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isOk()).andExpect(model().attribute("by", "mois")).andReturn();
        assertThat(f(r).period()).isEqualTo(Period.year(2024));
        assertThat(f(r).problems()).isNotEmpty();
    }

    @Test
    void withoutAnySaleThePageSaysSo() throws Exception {
        doReturn(Optional.empty()).when(filters).read(any());
        mvc.perform(get("/local").with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isOk()).andExpect(model().attribute("hasData", false))
                .andExpect(model().attributeDoesNotExist("rows"));
    }

    @Test
    void anUnknownChartIsNotFound() throws Exception {
        mvc.perform(get("/local/graphiques/inconnu.png").with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/local/graphiques/inconnu/donnees.csv").with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anonymousVisitorsGoToTheLoginPage() throws Exception {
        mvc.perform(get("/local")).andExpect(redirectedUrl("/connexion"));
    }
}
