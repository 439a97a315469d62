package fr.impact.dashboard.funding;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/funding} alone, over an empty database. */
@WebMvcTest(FundingApiController.class)
@Import(WebSlice.class)
class FundingApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Database db;

    @BeforeEach
    void empty() throws Exception {
        WebSlice.emptyDatabase(db);
    }

    @Test
    void answersTheDocumentWithNoProjectAnd404ForAnUnknownOne() throws Exception {
        var elected = httpBasic(WebSlice.ELECTED, WebSlice.PASSWORD);
        mvc.perform(get("/api/funding").with(elected)).andExpect(status().isOk()).andExpect(jsonPath("$.projects").isEmpty());
        mvc.perform(get("/api/funding").param("project", "Autre").with(elected)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error.code").value("UNKNOWN_PROJECT"))
                .andExpect(jsonPath("$.error.message").value("Projet inconnu « Autre »."));
    }

    @Test
    void anonymousCallsGet401() throws Exception {
        mvc.perform(get("/api/funding")).andExpect(status().isUnauthorized());
    }
}
