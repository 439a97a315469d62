package fr.impact.dashboard.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** "Mon compte" alone, over a real users file and tokens file: what each role may change. */
@WebMvcTest(AccountController.class)
@Import(WebSlice.class)
class AccountControllerTests {

    static final RequestPostProcessor OFFICER = user(WebSlice.OFFICER).roles("OFFICER");
    static final RequestPostProcessor ELECTED = user(WebSlice.ELECTED).roles("ELECTED");

    @Autowired
    MockMvc mvc;

    @Autowired
    UsersFile users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void theElectedSeeTheirAccountButNotTheOthers() throws Exception {
        mvc.perform(get("/compte").with(ELECTED)).andExpect(status().isOk()).andExpect(view().name(AccountController.VIEW))
                .andExpect(model().attribute("role", "ELECTED")).andExpect(model().attributeDoesNotExist("users"));
        mvc.perform(get("/compte").with(OFFICER)).andExpect(model().attribute("role", "OFFICER"))
                .andExpect(model().attribute("users", users.all()));
    }

    @Test
    void onlyAnOfficerAddsAnAccountAndOnlyAWellFormedOne() throws Exception {
        mvc.perform(post("/compte/utilisateurs").param("nom", "pirate").param("role", "OFFICER")
                .param("motdepasse", "douze-caracteres").with(ELECTED).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/compte/utilisateurs").param("nom", "sans-jeton").param("role", "ELECTED")
                .param("motdepasse", "douze-caracteres").with(OFFICER)).andExpect(status().isForbidden());
        mvc.perform(post("/compte/utilisateurs").param("nom", "court").param("role", "ELECTED")
                .param("motdepasse", "onze-carac").with(OFFICER).with(csrf()))
                .andExpect(redirectedUrl("/compte"))
                .andExpect(flash().attribute("problem", "Le mot de passe doit compter au moins 12 caractères."));
        mvc.perform(post("/compte/utilisateurs").param("nom", "<b>x</b>").param("role", "ELECTED")
                .param("motdepasse", "douze-caracteres").with(OFFICER).with(csrf()))
                .andExpect(flash().attribute("problem", "Identifiant invalide : lettres sans accent, chiffres, . _ @ - (64 au plus)."));
        mvc.perform(post("/compte/utilisateurs").param("nom", "maire").param("role", "ROI")
                .param("motdepasse", "douze-caracteres").with(OFFICER).with(csrf()))
                .andExpect(flash().attribute("problem", "Rôle inconnu."));
        assertThat(users.find("pirate")).isEmpty();
        assertThat(users.find("sans-jeton")).isEmpty();
        assertThat(users.find("court")).isEmpty();
        assertThat(users.find("maire")).isEmpty();

        mvc.perform(post("/compte/utilisateurs").param("nom", "maire").param("role", "ELECTED")
                .param("motdepasse", "douze-caracteres").with(OFFICER).with(csrf()))
                .andExpect(flash().attribute("notice", "Compte « maire » créé (élu, lecture seule)."));
        assertThat(users.find("maire")).hasValueSatisfying(u -> {
            assertThat(u.role()).isEqualTo(UsersFile.Role.ELECTED);
            assertThat(encoder.matches("douze-caracteres", u.bcryptHash())).isTrue();
        });
    }

    @Test
    void anyUserMakesAndRevokesTheirOwnToken() throws Exception {
        String token = (String) mvc.perform(post("/compte/jeton").with(ELECTED).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name(AccountController.VIEW))
                .andReturn().getModelAndView().getModel().get("newToken");
        assertThat(token).startsWith("imp_");
        assertThat(tokens.user(token)).hasValue(WebSlice.ELECTED);

        mvc.perform(post("/compte/jeton/supprimer").with(ELECTED).with(csrf())).andExpect(redirectedUrl("/compte"));
        assertThat(tokens.user(token)).isEmpty();
        mvc.perform(post("/compte/jeton").with(ELECTED)).andExpect(status().isForbidden());
        assertThat(tokens.has(WebSlice.ELECTED)).isFalse();
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPassword() throws Exception {
        users.put("change", UsersFile.Role.ELECTED, "ancien-mot-de-passe");
        var change = user("change").roles("ELECTED");
        mvc.perform(post("/compte/mot-de-passe").param("actuel", "pas-le-bon").param("nouveau", "nouveau-mot-de-passe")
                .param("confirmation", "nouveau-mot-de-passe").with(change).with(csrf()))
                .andExpect(flash().attribute("problem", "Le mot de passe actuel est incorrect."));
        mvc.perform(post("/compte/mot-de-passe").param("actuel", "ancien-mot-de-passe").param("nouveau", "nouveau-mot-de-passe")
                .param("confirmation", "autre-mot-de-passe").with(change).with(csrf()))
                .andExpect(flash().attribute("problem", "Les deux saisies du nouveau mot de passe diffèrent."));
        assertThat(encoder.matches("ancien-mot-de-passe", users.find("change").orElseThrow().bcryptHash())).isTrue();

        mvc.perform(post("/compte/mot-de-passe").param("actuel", "ancien-mot-de-passe").param("nouveau", "nouveau-mot-de-passe")
                .param("confirmation", "nouveau-mot-de-passe").with(change).with(csrf()))
                .andExpect(flash().attribute("notice", "Mot de passe changé."));
        assertThat(encoder.matches("nouveau-mot-de-passe", users.find("change").orElseThrow().bcryptHash())).isTrue();
    }

    @Autowired
    PublicBoard board;

    @Test
    void onlyAnOfficerSwitchesThePublicBoard() throws Exception {
        try {
            mvc.perform(post("/compte/tableau").param("actif", "oui").with(ELECTED).with(csrf()))
                    .andExpect(status().isForbidden());
            assertThat(board.enabled()).isFalse();
            mvc.perform(post("/compte/tableau").param("actif", "oui").with(OFFICER)).andExpect(status().isForbidden());
            assertThat(board.enabled()).as("no CSRF token, no change").isFalse();
            mvc.perform(post("/compte/tableau").param("actif", "oui").with(OFFICER).with(csrf()))
                    .andExpect(redirectedUrl("/compte"));
            assertThat(board.enabled()).isTrue();
            mvc.perform(post("/compte/tableau").param("actif", "non").with(OFFICER).with(csrf()));
            assertThat(board.enabled()).isFalse();
        } finally {
            board.set(false);
        }
    }

    @Test
    void anonymousVisitorsGoToTheLoginPage() throws Exception {
        mvc.perform(get("/compte")).andExpect(redirectedUrl("/connexion"));
    }
}
