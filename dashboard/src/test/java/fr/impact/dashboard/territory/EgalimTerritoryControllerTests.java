package fr.impact.dashboard.territory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.WebSlice;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The territory's canteens page alone, over an empty database: the park's PAT, no campaign yet. */
@WebMvcTest(EgalimTerritoryController.class)
@Import(WebSlice.class)
class EgalimTerritoryControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Database db;

    @BeforeEach
    void empty() throws Exception {
        WebSlice.emptyDatabase(db);
    }

    @Test
    void showsThePatOfTheParkConfiguration() throws Exception {
        mvc.perform(get("/territoire").with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isOk()).andExpect(view().name(EgalimTerritoryController.VIEW))
                .andExpect(model().attribute("pat", "1476")).andExpect(model().attribute("years", List.of()));
    }

    @Test
    void anonymousVisitorsGoToTheLoginPage() throws Exception {
        mvc.perform(get("/territoire")).andExpect(redirectedUrl("/connexion"));
    }
}
