package fr.impact.dashboard.system;

import java.security.Principal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mon compte": change one's password; make or revoke one's API token for scripts; for
 * officers, manage the accounts and switch the public board on or off.
 */
@Controller
class AccountController {

    static final String VIEW = "system/account";

    private final UsersFile users;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;
    private final PublicBoard board;
    private final Texts texts;

    AccountController(UsersFile users, ApiTokens tokens, PasswordEncoder encoder, PublicBoard board, Texts texts) {
        this.users = users;
        this.tokens = tokens;
        this.encoder = encoder;
        this.board = board;
        this.texts = texts;
    }

    @GetMapping("/compte")
    String account(Principal principal, Model model) {
        model.addAttribute("hasToken", tokens.has(principal.getName()));
        String role = users.find(principal.getName()).map(u -> u.role().name()).orElse("");
        model.addAttribute("role", role);
        if (UsersFile.Role.OFFICER.name().equals(role)) {
            model.addAttribute("users", users.all());
            model.addAttribute("boardEnabled", board.enabled());
        }
        return VIEW;
    }

    /** OFFICER only (see SecurityConfig): switches the public board on ({@code actif=oui}) or off. */
    @PostMapping("/compte/tableau")
    String switchBoard(@RequestParam("actif") String on, RedirectAttributes flash) throws Exception {
        boolean enable = "oui".equals(on);
        board.set(enable);
        flash.addFlashAttribute("notice", texts.get(enable ? "account.flash.boardOn" : "account.flash.boardOff"));
        return "redirect:/compte";
    }

    /** OFFICER only (see SecurityConfig): adds an account, or sets a new password and role for an existing one. */
    @PostMapping("/compte/utilisateurs")
    String putUser(@RequestParam("nom") String name, @RequestParam("role") String role,
            @RequestParam("motdepasse") String password, RedirectAttributes flash) throws Exception {
        UsersFile.Role r;
        try {
            r = UsersFile.Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("problem", texts.get("account.flash.unknownRole"));
            return "redirect:/compte";
        }
        if (!name.matches("[A-Za-z0-9._@-]{1,64}")) {
            flash.addFlashAttribute("problem", texts.get("account.flash.badName"));
        } else if (password.length() < 12) {
            flash.addFlashAttribute("problem", texts.get("account.flash.shortPassword"));
        } else {
            boolean existed = users.find(name).isPresent();
            users.put(name, r, password);
            flash.addFlashAttribute("notice", texts.get(existed ? "account.flash.updated" : "account.flash.created", name)
                    + texts.get(r == UsersFile.Role.ELECTED ? "account.flash.asElected" : "account.flash.asOfficer"));
        }
        return "redirect:/compte";
    }

    @PostMapping("/compte/jeton")
    String issueToken(Principal principal, Model model) throws Exception {
        model.addAttribute("newToken", tokens.issue(principal.getName()));
        return account(principal, model);
    }

    @PostMapping("/compte/jeton/supprimer")
    String revokeToken(Principal principal, RedirectAttributes flash) throws Exception {
        tokens.revoke(principal.getName());
        flash.addFlashAttribute("notice", texts.get("account.flash.tokenDeleted"));
        return "redirect:/compte";
    }

    @PostMapping("/compte/mot-de-passe")
    String changePassword(Principal principal, @RequestParam("actuel") String current,
            @RequestParam("nouveau") String fresh, @RequestParam("confirmation") String confirmation,
            RedirectAttributes flash) throws Exception {
        var user = users.find(principal.getName()).orElseThrow();
        if (!encoder.matches(current, user.bcryptHash())) {
            flash.addFlashAttribute("problem", texts.get("account.flash.wrongPassword"));
        } else if (fresh.length() < 12) {
            flash.addFlashAttribute("problem", texts.get("account.flash.shortNewPassword"));
        } else if (!fresh.equals(confirmation)) {
            flash.addFlashAttribute("problem", texts.get("account.flash.mismatch"));
        } else {
            users.put(user.name(), user.role(), fresh);
            flash.addFlashAttribute("notice", texts.get("account.flash.passwordChanged"));
        }
        return "redirect:/compte";
    }
}
