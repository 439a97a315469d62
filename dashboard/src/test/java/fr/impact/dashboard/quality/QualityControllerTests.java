package fr.impact.dashboard.quality;

import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.impact.analytics.Period;
import fr.impact.dashboard.overview.IndicatorsService;
import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.WebSlice;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The data-quality page alone, over an empty database: its period. */
@WebMvcTest(QualityController.class)
@Import(WebSlice.class)
class QualityControllerTests {

    static final Period DATA = new Period(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 11, 20));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Database db;

    @MockitoBean
    IndicatorsService indicators;

    @BeforeEach
    void empty() throws Exception {
        WebSlice.emptyDatabase(db);
        when(indicators.salesPeriod()).thenReturn(Optional.of(DATA));
    }

    @Test
    void coversTheWholeDataByDefaultAndThePeriodAsked() throws Exception {
        var elected = user(WebSlice.ELECTED).roles("ELECTED");
        mvc.perform(get("/qualite").with(elected)).andExpect(status().isOk()).andExpect(view().name(QualityController.VIEW))
                .andExpect(model().attribute("period", DATA)).andExpect(model().attributeExists("q"));
        mvc.perform(get("/qualite").param("du", "2024-03-01").param("au", "2024-03-31").with(elected))
                .andExpect(model().attribute("period", new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31))));
    }

    @Test
    void aReversedPeriodShowsEverythingWithAFrenchMessage() throws Exception {
        mvc.perform(get("/qualite").param("du", "2024-03-31").param("au", "2024-03-01").with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isOk()).andExpect(model().attribute("period", DATA))
                .andExpect(model().attribute("problem", "La date de fin précède la date de début : toute la période est affichée."));
    }

    @Test
    void anonymousVisitorsGoToTheLoginPage() throws Exception {
        mvc.perform(get("/qualite")).andExpect(redirectedUrl("/connexion"));
    }
}
