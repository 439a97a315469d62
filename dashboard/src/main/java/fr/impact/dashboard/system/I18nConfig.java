package fr.impact.dashboard.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French for everyone, English on request: the pages' texts come from
 * {@code i18n/messages.properties} (French, the default) and {@code i18n/messages_en.properties};
 * the language is French unless {@code ?lang=en} was asked for, and then kept in a cookie until
 * {@code ?lang=fr}. The browser's {@code Accept-Language} is never consulted: a park's dashboard
 * opens in French on every machine.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfig implements WebMvcConfigurer {

    /** The default language, and the one of every unknown value. */
    static final Locale FRENCH = Locale.forLanguageTag("fr-FR");
    static final Locale ENGLISH = Locale.ENGLISH;
    /** The query parameter that switches the language ({@code ?lang=en}, {@code ?lang=fr}). */
    static final String PARAM = "lang";
    /** The cookie that keeps the language asked for. */
    static final String COOKIE = "impact-lang";

    /** {@code en…} is English; anything else is French. */
    static Locale normalize(Locale l) {
        return l != null && "en".equals(l.getLanguage()) ? ENGLISH : FRENCH;
    }

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource() {
            // a number given as argument is written as it is (2025, never "2 025"): Formats writes amounts
            @Override
            protected Object[] resolveArguments(Object[] args, Locale locale) {
                Object[] resolved = super.resolveArguments(args, locale);
                for (int i = 0; i < resolved.length; i++) {
                    if (resolved[i] instanceof Number n) {
                        resolved[i] = String.valueOf(n);
                    }
                }
                return resolved;
            }
        };
        m.setBasename("i18n/messages");
        m.setDefaultEncoding("UTF-8");
        // never the server's own language: a French message when no English one exists
        m.setFallbackToSystemLocale(false);
        // every message is a MessageFormat pattern, arguments or not: an apostrophe is always written ''
        m.setAlwaysUseMessageFormat(true);
        return m;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver r = new CookieLocaleResolver(COOKIE) {
            @Override
            protected Locale parseLocaleValue(String value) {
                return normalize(super.parseLocaleValue(value));
            }
        };
        r.setDefaultLocale(FRENCH);
        // without a cookie the default, never Accept-Language
        r.setDefaultLocaleFunction(request -> FRENCH);
        r.setCookieMaxAge(Duration.ofDays(365));
        r.setCookiePath("/");
        r.setCookieHttpOnly(true);
        r.setCookieSameSite("Lax");
        return r;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            // a link's ?lang=: only a browser's GET, never an error dispatch (reading the parameters of a
            // refused upload would throw again) nor a form's body
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws ServletException {
                if (request.getDispatcherType() != DispatcherType.REQUEST || !"GET".equals(request.getMethod())) {
                    return true;
                }
                return super.preHandle(request, response, handler);
            }

            @Override
            protected Locale parseLocaleValue(String value) {
                String v = value.strip().toLowerCase(Locale.ROOT);
                if (v.equals("en") || v.startsWith("en-") || v.startsWith("en_")) {
                    return ENGLISH;
                }
                if (v.equals("fr") || v.startsWith("fr-") || v.startsWith("fr_")) {
                    return FRENCH;
                }
                // ignored (setIgnoreInvalidLocale): ?lang=xx changes nothing
                throw new IllegalArgumentException("unknown language: " + value);
            }
        };
        change.setParamName(PARAM);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
