package fr.impact.dashboard.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The French login page and the form login behind it, with the real security configuration. */
@WebMvcTest(LoginController.class)
@Import(WebSlice.class)
class LoginControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UsersFile users;

    @Test
    void theLoginPageIsFrenchAndOpenToAll() throws Exception {
        String html = mvc.perform(get("/connexion")).andExpect(status().isOk()).andExpect(view().name(LoginController.VIEW))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("lang=\"fr\"", "Identifiant", "Mot de passe", "Se connecter", "name=\"_csrf\"");
    }

    @Test
    void aGoodPasswordOpensTheDashboardAndABadOneSaysSo() throws Exception {
        mvc.perform(formLogin("/connexion").user(WebSlice.ELECTED).password(WebSlice.PASSWORD))
                .andExpect(redirectedUrl("/")).andExpect(authenticated().withUsername(WebSlice.ELECTED).withRoles("ELECTED"));
        mvc.perform(formLogin("/connexion").user(WebSlice.ELECTED).password("pas-le-bon"))
                .andExpect(redirectedUrl("/connexion?erreur")).andExpect(unauthenticated());
    }

    @Test
    void fiveFailuresLockTheName() throws Exception {
        users.put("verrou", UsersFile.Role.ELECTED, "bon-mot-de-passe");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/connexion").user("verrou").password("essai-" + i)).andExpect(redirectedUrl("/connexion?erreur"));
        }
        mvc.perform(formLogin("/connexion").user("verrou").password("bon-mot-de-passe"))
                .andExpect(redirectedUrl("/connexion?bloque")).andExpect(unauthenticated());
    }
}
