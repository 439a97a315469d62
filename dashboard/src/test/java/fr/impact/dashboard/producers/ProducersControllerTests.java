package fr.impact.dashboard.producers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.impact.dashboard.charts.FigureCache;
import fr.impact.dashboard.filters.FiltersReader;
import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The producers' pages alone, over an empty database: the list, an unknown producer, the roles. */
@WebMvcTest(ProducersController.class)
@Import({WebSlice.class, FigureCache.class})
class ProducersControllerTests {

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
    void theListIsReadableByElectedOfficials() throws Exception {
        mvc.perform(get("/producteurs").with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isOk()).andExpect(view().name(ProducersController.LIST))
                .andExpect(model().attributeExists("f", "lines", "headers"));
    }

    @Test
    void anUnknownProducerIsAFrench404Page() throws Exception {
        mvc.perform(get("/producteurs/P-inexistant").with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isNotFound()).andExpect(view().name(ProducersController.UNKNOWN))
                .andExpect(model().attribute("id", "P-inexistant"));
    }

    @Test
    void anonymousVisitorsGoToTheLoginPage() throws Exception {
        mvc.perform(get("/producteurs")).andExpect(redirectedUrl("/connexion"));
        mvc.perform(get("/producteurs/P1")).andExpect(redirectedUrl("/connexion"));
    }
}
