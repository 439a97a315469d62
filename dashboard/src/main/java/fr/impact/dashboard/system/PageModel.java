package fr.impact.dashboard.system;

import fr.impact.ingestion.config.ParkConfig;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's header needs: the park's name, who is logged in, whether they may change
 * data, and the link to the same page in the other language.
 */
@ControllerAdvice
class PageModel {

    private final ParkConfig config;
    private final Formats formats;

    PageModel(ParkConfig config, Formats formats) {
        this.config = config;
        this.formats = formats;
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

    /**
     * The page itself with {@code lang} set to the other language ({@code /local?annee=2025&lang=en}):
     * the current path and query for a GET; for a form's answer (a POST), the page of its
     * first path segment ({@code /imports}, {@code /compte}), which a GET can show.
     */
    @ModelAttribute("languageSwitch")
    String languageSwitch(HttpServletRequest request) {
        String path = request.getRequestURI().replaceFirst("^/+", "/");
        String query = request.getQueryString();
        if (!"GET".equals(request.getMethod())) {
            String inApp = path.substring(request.getContextPath().length());
            int next = inApp.indexOf('/', 1);
            path = request.getContextPath() + (next < 0 ? inApp : inApp.substring(0, next));
            query = null;
        }
        return UriComponentsBuilder.fromPath(path).query(query)
                .replaceQueryParam(I18nConfig.PARAM, formats.english() ? "fr" : "en").build().toUriString();
    }
}
