package fr.impact.dashboard.territory;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
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

/** {@code GET /api/egalim-territory} alone, over an empty database. */
@WebMvcTest(EgalimTerritoryApiController.class)
@Import(WebSlice.class)
class EgalimTerritoryApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Database db;

    @BeforeEach
    void empty() throws Exception {
        WebSlice.emptyDatabase(db);
    }

    @Test
    void withoutPatCodeIs400InFrench() throws Exception {
        mvc.perform(get("/api/egalim-territory").with(httpBasic(WebSlice.ELECTED, WebSlice.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.code").value("BAD_PARAMETER"))
                .andExpect(jsonPath("$.error.message").value("Indiquez le code du PAT (paramètre pat)."));
        verify(db, never()).read(any());
    }

    @Test
    void answersTheDocumentOfThePat() throws Exception {
        mvc.perform(get("/api/egalim-territory").param("pat", "1476").with(httpBasic(WebSlice.ELECTED, WebSlice.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isMap());
    }

    @Test
    void anonymousCallsGet401() throws Exception {
        mvc.perform(get("/api/egalim-territory").param("pat", "1476")).andExpect(status().isUnauthorized());
    }
}
