package fr.impact.dashboard.imports;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.impact.dashboard.system.WebSlice;
import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.rules.FileCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** {@code POST /api/imports/{kind}} alone: 200 / 422 / 404 / 400, and only officers import. */
@WebMvcTest(ImportsApiController.class)
@Import(WebSlice.class)
class ImportsApiControllerTests {

    static final MockMultipartFile FILE = new MockMultipartFile("file", "ventes.csv", "text/csv",
            "date;facture\n".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ImportService imports;

    static FileReport report(FileReport.Status status) {
        return new FileReport("ventes.csv", ImportKind.SALES, status, 3, status == FileReport.Status.LOADED ? 2 : 0, 0, 0,
                List.of(), List.of(), status == FileReport.Status.REFUSED
                        ? Optional.of(new FileReport.Refusal(FileCode.values()[0], List.of())) : Optional.empty());
    }

    @Test
    void anOfficerImportsAndGetsTheIngestDocument() throws Exception {
        when(imports.importUpload(eq(ImportKind.SALES), any(), eq("ventes.csv"), eq("mil"), eq(true)))
                .thenReturn(List.of(report(FileReport.Status.LOADED)));

        mvc.perform(multipart("/api/imports/sales").file(FILE).param("hub", "mil").param("strict", "true")
                .with(httpBasic(WebSlice.OFFICER, WebSlice.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].status").value("LOADED"))
                .andExpect(jsonPath("$.files[0].import_id").value(3))
                .andExpect(jsonPath("$.files[0].accepted").value(2));
    }

    @Test
    void aRefusedFileIs422WithTheSameDocument() throws Exception {
        when(imports.importUpload(any(), any(), any(), any(), anyBoolean())).thenReturn(List.of(report(FileReport.Status.REFUSED)));

        mvc.perform(multipart("/api/imports/sales").file(FILE).with(httpBasic(WebSlice.OFFICER, WebSlice.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.files[0].status").value("REFUSED"))
                .andExpect(jsonPath("$.files[0].error.code").isNotEmpty());
    }

    @Test
    void anUnknownKindIs404AndAMissingFile400InFrench() throws Exception {
        mvc.perform(multipart("/api/imports/commandes").file(FILE).with(httpBasic(WebSlice.OFFICER, WebSlice.PASSWORD)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error.code").value("UNKNOWN_KIND"));
        mvc.perform(multipart("/api/imports/sales").with(httpBasic(WebSlice.OFFICER, WebSlice.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.code").value("MISSING_FILE"))
                .andExpect(jsonPath("$.error.message").value("Le fichier manque : partie multipart « file »."));
        verify(imports, never()).importUpload(any(), any(), any(), any(), anyBoolean());
    }

    @Test
    void theElectedAndTheAnonymousImportNothing() throws Exception {
        mvc.perform(multipart("/api/imports/sales").file(FILE).with(httpBasic(WebSlice.ELECTED, WebSlice.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/imports/sales").file(FILE)).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/imports/sales").file(FILE).with(httpBasic(WebSlice.OFFICER, "pas-le-bon")))
                .andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/imports/sales").file(FILE).header("Authorization", "Bearer imp_faux"))
                .andExpect(status().isUnauthorized());
        verify(imports, never()).importUpload(any(), any(), any(), any(), anyBoolean());
    }
}
