package fr.impact.dashboard.system;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * Browsers log in with a form (session, CSRF token on every form); scripts use HTTP Basic
 * and are exempt from CSRF. OFFICER may do everything; ELECTED only reads. Anonymous API
 * requests get 401, anonymous pages go to the login form — except the public board
 * ({@code /tableau} and its chart), which anyone may read while an officer has it switched on.
 */
@Configuration
class SecurityConfig {

    static final String OFFICER = "OFFICER";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService users(UsersFile file, LoginThrottle throttle) {
        // a throttled name is a locked account: refused before its password is even checked
        return name -> file.find(name)
                .map(u -> User.withUsername(u.name()).password(u.bcryptHash()).roles(u.role().name())
                        .accountLocked(throttle.locked(u.name())).build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /** Publishes login successes and failures, which {@link LoginThrottle} counts. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    /**
     * The API: HTTP Basic only, stateless (a browser session never authenticates an API
     * call, so there is nothing for CSRF to forge); anonymous requests get 401.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, UserDetailsService users) throws Exception {
        http
            // "/api/…", not the documentation page "/api" itself
            .securityMatcher(request -> request.getRequestURI().substring(request.getContextPath().length())
                .startsWith("/api/"))
            .addFilterBefore(new BearerTokenFilter(tokens, users), BasicAuthenticationFilter.class)
            .authorizeHttpRequests(a -> a
                .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                .anyRequest().hasRole(OFFICER))
            .httpBasic(b -> b.realmName("Impact").authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(c -> c.disable())
            .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
            .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /** Pages: form login, session, CSRF token on every form; HTTP Basic accepted too (then exempt from CSRF). */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http
            .authorizeHttpRequests(a -> a
                .requestMatchers("/connexion", "/css/**", "/js/**", "/error", "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**",
                    "/openapi.json").permitAll()
                // the public board: it answers 404 itself while it is switched off
                .requestMatchers(HttpMethod.GET, "/tableau", "/tableau/part-locale.png").permitAll()
                .requestMatchers(HttpMethod.GET, "/imports/*/annuler").hasRole(OFFICER)
                .requestMatchers(HttpMethod.GET, "/**").authenticated()
                .requestMatchers(HttpMethod.HEAD, "/**").authenticated()
                .requestMatchers(HttpMethod.POST, "/compte/utilisateurs", "/compte/tableau").hasRole(OFFICER)
                .requestMatchers(HttpMethod.POST, "/deconnexion", "/compte/**").authenticated()
                .anyRequest().hasRole(OFFICER))
            .formLogin(f -> f.loginPage("/connexion").defaultSuccessUrl("/", false)
                .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                    + (e instanceof LockedException ? "/connexion?bloque" : "/connexion?erreur")))
                .permitAll())
            .logout(l -> l.logoutUrl("/deconnexion").logoutSuccessUrl("/connexion?sortie"))
            .httpBasic(b -> b.realmName("Impact"))
            .csrf(c -> c.ignoringRequestMatchers(request -> {
                String auth = request.getHeader("Authorization");
                return auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6);
            }))
            .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/connexion")))
            .headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives(
                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny()));
        return http.build();
    }
}
