package fr.impact.dashboard.system;

import fr.impact.ingestion.config.ParkConfig;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: the park's name, who is logged in, whether they may change data. */
@ControllerAdvice
class PageModel {

    private final ParkConfig config;

    PageModel(ParkConfig config) {
        this.config = config;
    }

    @ModelAttribute("parkName")
    String parkName() {
        return config.parkName();
    }

    @ModelAttribute("userName")
    String userName(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    @ModelAttribute("officer")
    boolean officer(Principal principal) {
        return principal instanceof Authentication a
                && a.getAuthorities().stream().anyMatch(g -> "ROLE_OFFICER".equals(g.getAuthority()));
    }
}
