package fr.impact.dashboard.funding;

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

/** The funding page and its chart alone, over an empty database (no funding plan imported). */
@WebMvcTest(FundingController.class)
@Import(WebSlice.class)
class FundingControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Database db;

    @BeforeEach
    void empty() throws Exception {
        WebSlice.emptyDatabase(db);
    }

    @Test
    void withoutAFundingPlanThePageHasNoProjectAndTheChartIs404() throws Exception {
        var elected = user(WebSlice.ELECTED).roles("ELECTED");
        mvc.perform(get("/financement").param("project", "Inconnu").with(elected))
                .andExpect(status().isOk()).andExpect(view().name(FundingController.VIEW))
                .andExpect(model().attribute("projects", List.of())).andExpect(model().attributeDoesNotExist("f"));
        mvc.perform(get("/financement/ecart-tresorerie.png").with(elected)).andExpect(status().isNotFound());
    }

    @Test
    void anonymousVisitorsGoToTheLoginPage() throws Exception {
        mvc.perform(get("/financement")).andExpect(redirectedUrl("/connexion"));
        mvc.perform(get("/financement/ecart-tresorerie.png")).andExpect(redirectedUrl("/connexion"));
    }
}
