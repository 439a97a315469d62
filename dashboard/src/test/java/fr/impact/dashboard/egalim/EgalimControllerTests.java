package fr.impact.dashboard.egalim;

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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The EGalim page alone, over an empty database: the years of the data and the period chosen. */
@WebMvcTest(EgalimController.class)
@Import({WebSlice.class, FigureCache.class})
class EgalimControllerTests {

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

    @Test
    void withoutDataThePageSaysSo() throws Exception {
        doReturn(Optional.empty()).when(filters).read(any());
        mvc.perform(get("/egalim").with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isOk()).andExpect(view().name(EgalimController.VIEW))
                .andExpect(model().attribute("hasData", false)).andExpect(model().attributeDoesNotExist("byYear"));
    }

    @Test
    void oneRowPerYearOfTheDataAndThePeriodAskedOrTheLastYear() throws Exception {
        var elected = user(WebSlice.ELECTED).roles("ELECTED");
        MvcResult r = mvc.perform(get("/egalim").with(elected)).andExpect(status().isOk()).andReturn();
        assertThat(((List<?>) r.getModelAndView().getModel().get("byYear"))).hasSize(2); // 2023, 2024
        assertThat(((SalesFilters) r.getModelAndView().getModel().get("f")).period()).isEqualTo(Period.year(2024));
        r = mvc.perform(get("/egalim").param("annee", "2023").with(elected)).andReturn();
        assertThat(((SalesFilters) r.getModelAndView().getModel().get("f")).period()).isEqualTo(Period.year(2023));
    }

    @Test
    void anonymousVisitorsGoToTheLoginPage() throws Exception {
        mvc.perform(get("/egalim")).andExpect(redirectedUrl("/connexion"));
        mvc.perform(get("/egalim/graphiques/cantines.png")).andExpect(redirectedUrl("/connexion"));
    }
}
