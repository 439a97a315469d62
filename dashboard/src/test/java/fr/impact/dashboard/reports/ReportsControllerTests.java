package fr.impact.dashboard.reports;

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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The Rapports page alone, over an empty database: the years, buyers and claims its forms offer. */
@WebMvcTest(ReportsController.class)
@Import(WebSlice.class)
class ReportsControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Database db;

    @MockitoBean
    IndicatorsService indicators;

    @BeforeEach
    void empty() throws Exception {
        WebSlice.emptyDatabase(db);
    }

    @Test
    void offersTheYearsOfTheDataAndEveryPaymentClaim() throws Exception {
        when(indicators.salesPeriod()).thenReturn(Optional.of(new Period(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 6, 1))));
        mvc.perform(get("/rapports").with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isOk()).andExpect(view().name(ReportsController.VIEW))
                .andExpect(model().attribute("hasData", true)).andExpect(model().attribute("years", List.of(2024, 2023)))
                .andExpect(model().attribute("buyers", List.of()))
                .andExpect(model().attribute("claims", List.of("AVANCE", "ACOMPTE 1", "ACOMPTE 2", "ACOMPTE 3", "SOLDE")));
    }

    @Test
    void withoutDataThePageSaysSo() throws Exception {
        when(indicators.salesPeriod()).thenReturn(Optional.empty());
        mvc.perform(get("/rapports").with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isOk()).andExpect(model().attribute("hasData", false))
                .andExpect(model().attribute("years", List.of()));
    }

    @Test
    void anonymousVisitorsGoToTheLoginPage() throws Exception {
        mvc.perform(get("/rapports")).andExpect(redirectedUrl("/connexion"));
    }
}
