package fr.impact.dashboard.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.impact.dashboard.system.WebSlice;
import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportHistory;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.RowCode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The Imports page alone, its import service mocked: what each role may do, what the page shows. */
@WebMvcTest(ImportsController.class)
@Import(WebSlice.class)
class ImportsControllerTests {

    static final RequestPostProcessor OFFICER = user(WebSlice.OFFICER).roles("OFFICER");
    static final RequestPostProcessor ELECTED = user(WebSlice.ELECTED).roles("ELECTED");
    static final MockMultipartFile FILE = new MockMultipartFile("file", "ventes.csv", "text/csv",
            "date;facture\n".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ImportService imports;

    static ImportHistory.Entry entry(long id, String status) {
        return new ImportHistory.Entry(id, "sales", "default", "ventes.csv", "abc", LocalDateTime.of(2024, 3, 1, 10, 0),
                status, 3, 1, 0, 0, Optional.empty(), Optional.empty(), Optional.empty());
    }

    @BeforeEach
    void history() throws Exception {
        when(imports.history()).thenReturn(List.of(entry(7, "LOADED"), entry(6, "REFUSED")));
    }

    @Test
    void theElectedSeeTheHistoryWithoutTheUploadForm() throws Exception {
        String html = mvc.perform(get("/imports").with(ELECTED)).andExpect(status().isOk())
                .andExpect(view().name(ImportsController.VIEW))
                .andExpect(model().attribute("historyCount", 2))
                .andExpect(model().attribute("officer", false))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("lecture seule").doesNotContain("type=\"file\"");
    }

    @Test
    void anOfficerUploadsAndSeesTheRejectedLines() throws Exception {
        FileReport report = new FileReport("ventes.csv", ImportKind.SALES, FileReport.Status.LOADED, 8, 2, 1, 0,
                List.of(new Finding(4, "montant_ht", "12,5O", RowCode.NUMBER_FORMAT, "")), List.of(), Optional.empty());
        when(imports.importUpload(eq(ImportKind.SALES), any(), eq("ventes.csv"), any(), eq(false))).thenReturn(List.of(report));

        String html = mvc.perform(multipart("/imports").file(FILE).param("kind", "sales").with(OFFICER).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name(ImportsController.VIEW))
                .andExpect(model().attribute("selectedKind", "sales"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Fichier chargé", "12,5O", "/imports/8/rejets.csv");
    }

    @Test
    void theElectedCannotUploadAndNothingIsImported() throws Exception {
        mvc.perform(multipart("/imports").file(FILE).param("kind", "sales").with(ELECTED).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/imports").file(FILE).param("kind", "sales").with(httpBasic(WebSlice.ELECTED, WebSlice.PASSWORD)))
                .andExpect(status().isForbidden());
        verify(imports, never()).importUpload(any(), any(), any(), any(), anyBoolean());
    }

    @Test
    void anUploadWithoutCsrfTokenIsRefusedUnlessBasicAuthenticated() throws Exception {
        mvc.perform(multipart("/imports").file(FILE).param("kind", "sales").with(OFFICER)).andExpect(status().isForbidden());
        mvc.perform(multipart("/imports").file(FILE).param("kind", "sales").with(OFFICER).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        verify(imports, never()).importUpload(any(), any(), any(), any(), anyBoolean());

        when(imports.importUpload(any(), any(), any(), any(), anyBoolean())).thenReturn(List.of());
        mvc.perform(multipart("/imports").file(FILE).param("kind", "sales").with(httpBasic(WebSlice.OFFICER, WebSlice.PASSWORD)))
                .andExpect(status().isOk());
        verify(imports).importUpload(eq(ImportKind.SALES), any(), eq("ventes.csv"), any(), eq(false));
    }

    @Test
    void anUnknownKindOrAMissingFileIsAFrenchMessage() throws Exception {
        mvc.perform(multipart("/imports").file(FILE).param("kind", "teledeclarations").with(OFFICER).with(csrf()))
                .andExpect(status().isOk()).andExpect(model().attribute("problem", "Choisissez le type de fichier."));
        mvc.perform(multipart("/imports").param("kind", "sales").with(OFFICER).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("problem", "Choisissez un fichier (CSV ou XLSX) avant d'importer."));
        verify(imports, never()).importUpload(any(), any(), any(), any(), anyBoolean());
    }

    @Test
    void undoIsForOfficersAndAsksFirst() throws Exception {
        mvc.perform(get("/imports/7/annuler").with(ELECTED)).andExpect(status().isForbidden());
        mvc.perform(get("/imports/7/annuler").with(OFFICER)).andExpect(status().isOk())
                .andExpect(view().name(ImportsController.UNDO_VIEW)).andExpect(model().attribute("entry", entry(7, "LOADED")));
        mvc.perform(get("/imports/6/annuler").with(OFFICER)).andExpect(redirectedUrl("/imports"))
                .andExpect(flash().attributeExists("problem"));

        mvc.perform(post("/imports/7/annuler").with(ELECTED).with(csrf())).andExpect(status().isForbidden());
        verify(imports, never()).undo(anyLong());
        when(imports.undo(7)).thenReturn(entry(7, "LOADED"));
        mvc.perform(post("/imports/7/annuler").with(OFFICER).with(csrf())).andExpect(redirectedUrl("/imports"))
                .andExpect(flash().attribute("notice", "Import n° 7 (ventes.csv) annulé : ses lignes sont retirées "
                        + "et les versions qu'il remplaçait sont rétablies."));
    }

    @Test
    void theRejectedLinesCsvNeutralisesFormulasAndKeepsNumbers() throws Exception {
        when(imports.rejections(7)).thenReturn(List.of(
                new ImportService.Finding(3, "produit", "=HYPERLINK(\"http://x\")", "X", "a;b"),
                new ImportService.Finding(4, "quantite", "-2+3+cmd|' /C calc'!A0", "NUMBER_FORMAT", "m"),
                new ImportService.Finding(5, "montant_ht", "-3,00", "SIGN_MISMATCH", "m"),
                new ImportService.Finding(6, "produit", "\tTAB", "X", "m")));

        String csv = mvc.perform(get("/imports/7/rejets.csv").with(ELECTED)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("rejets-import-7.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv.lines()).containsExactly("\uFEFFligne;colonne;valeur;code;message",
                "3;produit;\"'=HYPERLINK(\"\"http://x\"\")\";X;\"a;b\"",
                "4;quantite;'-2+3+cmd|' /C calc'!A0;NUMBER_FORMAT;m",
                "5;montant_ht;-3,00;SIGN_MISMATCH;m",
                "6;produit;'\tTAB;X;m");
    }

    @Test
    void anonymousVisitorsGoToTheLoginPage() throws Exception {
        mvc.perform(get("/imports")).andExpect(redirectedUrl("/connexion"));
        mvc.perform(get("/imports/7/rejets.csv")).andExpect(redirectedUrl("/connexion"));
        verify(imports, never()).rejections(anyLong());
        verify(imports, never()).importUpload(any(), any(), anyString(), any(), anyBoolean());
    }
}
