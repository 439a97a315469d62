package fr.impact.dashboard.reports;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.impact.dashboard.system.WebSlice;
import fr.impact.reports.ReportDataException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Report downloads alone ({@code /api/reports/{kind}} and {@code /rapports/{kind}}), the report service mocked. */
@WebMvcTest(ReportsApiController.class)
@Import(WebSlice.class)
class ReportsApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReportService reports;

    @Test
    void answersTheFileAsAnAttachmentWithItsFrenchName() throws Exception {
        when(reports.produce(new ReportService.Params("brief", 2024, null, null, null, null, null)))
                .thenReturn(new ReportService.Download("synthese-elus-2024.pdf", "application/pdf", new byte[] {'%', 'P'}));

        mvc.perform(get("/rapports/brief").param("year", "2024").with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("attachment"), org.hamcrest.Matchers.containsString("synthese-elus-2024.pdf"))))
                .andExpect(content().bytes(new byte[] {'%', 'P'}));
    }

    @Test
    void badParametersAre400AndMissingData422InFrench() throws Exception {
        var elected = httpBasic(WebSlice.ELECTED, WebSlice.PASSWORD);
        mvc.perform(get("/api/reports/brief").param("year", "deux-mille").with(elected))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.code").value("BAD_PARAMETER"))
                .andExpect(jsonPath("$.error.message").value("Année invalide « deux-mille »."));
        when(reports.produce(new ReportService.Params("bilan", 2024, null, null, null, null, null)))
                .thenThrow(new ReportService.BadRequest("Type de rapport inconnu « bilan »."));
        mvc.perform(get("/api/reports/bilan").param("year", "2024").with(elected))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.message").value("Type de rapport inconnu « bilan »."));
        when(reports.produce(new ReportService.Params("feader", 2024, null, null, null, null, null)))
                .thenThrow(new ReportDataException("Aucun plan de financement importé."));
        mvc.perform(get("/api/reports/feader").param("year", "2024").with(elected))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error.code").value("REPORT_DATA_MISSING"));
    }

    @Test
    void anonymousCallsGet401OnTheApiAndTheLoginPageOnThePageTwin() throws Exception {
        mvc.perform(get("/api/reports/brief").param("year", "2024")).andExpect(status().isUnauthorized());
        mvc.perform(get("/rapports/brief").param("year", "2024")).andExpect(redirectedUrl("/connexion"));
        verify(reports, never()).produce(any());
    }
}
