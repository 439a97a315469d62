package fr.impact.dashboard.buyers;

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

/** The buyers' pages alone, over an empty database: the list, an unknown buyer, the roles. */
@WebMvcTest(BuyersController.class)
@Import({WebSlice.class, FigureCache.class})
class BuyersControllerTests {

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
        mvc.perform(get("/acheteurs").with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isOk()).andExpect(view().name(BuyersController.LIST))
                .andExpect(model().attributeExists("f", "lines", "headers"));
    }

    @Test
    void anUnknownBuyerIsAFrench404Page() throws Exception {
        mvc.perform(get("/acheteurs/C-inexistant").with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isNotFound()).andExpect(view().name(BuyersController.UNKNOWN))
                .andExpect(model().attribute("id", "C-inexistant"));
    }

    @Test
    void anonymousVisitorsGoToTheLoginPage() throws Exception {
        mvc.perform(get("/acheteurs")).andExpect(redirectedUrl("/connexion"));
        mvc.perform(get("/acheteurs/C1")).andExpect(redirectedUrl("/connexion"));
    }
}
