package fr.impact.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

/** The overview's PNG chart alone, over an empty database: a PNG never stored by caches; 400 without a valid period. */
@WebMvcTest(OverviewCharts.class)
@Import(WebSlice.class)
class OverviewChartsTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Database db;

    @BeforeEach
    void empty() throws Exception {
        WebSlice.emptyDatabase(db);
    }

    @Test
    void drawsAPngThatNoCacheKeeps() throws Exception {
        byte[] png = mvc.perform(get("/graphiques/part-locale.png").param("du", "2024-01-01").param("au", "2024-12-31")
                .with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void aMissingReversedOrUnreadablePeriodIsABadRequest() throws Exception {
        var elected = user(WebSlice.ELECTED).roles("ELECTED");
        mvc.perform(get("/graphiques/part-locale.png").param("du", "2024-01-01").with(elected)).andExpect(status().isBadRequest());
        mvc.perform(get("/graphiques/part-locale.png").param("du", "2024-12-31").param("au", "2024-01-01").with(elected))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/graphiques/part-locale.png").param("du", "demain").param("au", "2024-01-01").with(elected))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anonymousVisitorsGoToTheLoginPage() throws Exception {
        mvc.perform(get("/graphiques/part-locale.png").param("du", "2024-01-01").param("au", "2024-12-31"))
                .andExpect(redirectedUrl("/connexion"));
    }
}
