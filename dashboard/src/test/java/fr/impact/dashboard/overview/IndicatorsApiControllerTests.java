package fr.impact.dashboard.overview;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.impact.dashboard.system.WebSlice;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/indicators} alone: the service's document as is; 400 for a reversed or unreadable period; 401 anonymous. */
@WebMvcTest(IndicatorsApiController.class)
@Import(WebSlice.class)
class IndicatorsApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IndicatorsService indicators;

    @Test
    void answersTheServicesDocumentToAnyUser() throws Exception {
        when(indicators.document(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).thenReturn("{\"from\":\"2024-01-01\"}");

        mvc.perform(get("/api/indicators").param("from", "2024-01-01").param("to", "2024-12-31")
                .with(httpBasic(WebSlice.ELECTED, WebSlice.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(content().string("{\"from\":\"2024-01-01\"}"));
    }

    @Test
    void aReversedPeriodIs400InFrench() throws Exception {
        mvc.perform(get("/api/indicators").param("from", "2024-12-31").param("to", "2024-01-01")
                .with(httpBasic(WebSlice.ELECTED, WebSlice.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.code").value("PERIOD_REVERSED"))
                .andExpect(jsonPath("$.error.message").value("La date de fin précède la date de début."));
        mvc.perform(get("/api/indicators").param("from", "31/12/2024").with(httpBasic(WebSlice.ELECTED, WebSlice.PASSWORD)))
                .andExpect(status().isBadRequest());
        verify(indicators, never()).document(any(), any());
    }

    @Test
    void anonymousCallsGet401AndWritesNeedAnOfficer() throws Exception {
        mvc.perform(get("/api/indicators")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/indicators").with(httpBasic(WebSlice.ELECTED, WebSlice.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(post("/api/indicators").with(httpBasic(WebSlice.OFFICER, WebSlice.PASSWORD)))
                .andExpect(status().isMethodNotAllowed());
        verify(indicators, never()).document(any(), any());
    }
}
