package fr.impact.dashboard.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The French page about the API ({@code /api}) alone. */
@WebMvcTest(ApiDocs.Page.class)
@Import(WebSlice.class)
class ApiDocsPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void signedInUsersReadAboutTheApi() throws Exception {
        mvc.perform(get("/api").with(user(WebSlice.ELECTED).roles("ELECTED")))
                .andExpect(status().isOk()).andExpect(view().name(ApiDocs.VIEW))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/v3/api-docs")));
    }

    @Test
    void anonymousVisitorsGoToTheLoginPage() throws Exception {
        mvc.perform(get("/api")).andExpect(redirectedUrl("/connexion"));
    }
}
