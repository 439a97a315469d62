package fr.impact.dashboard.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The French login page. */
@Controller
class LoginController {

    static final String VIEW = "system/login";

    @GetMapping("/connexion")
    String login() {
        return VIEW;
    }
}
