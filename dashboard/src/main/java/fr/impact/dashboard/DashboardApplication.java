package fr.impact.dashboard;

import static java.util.Objects.requireNonNull;

import fr.impact.dashboard.system.UsersFile;
import fr.impact.ingestion.config.ParkConfig;
import fr.impact.ingestion.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The dashboard: a Spring Boot application started by {@code bin/impact serve} on a store
 * the command has already opened. The store's connection is the single writer; pages read
 * through connections of their own.
 */
@SpringBootApplication
public class DashboardApplication {

    /**
     * What {@code serve} hands to the application.
     *
     * @param notices where to print the one-off lines (the generated admin password)
     */
    public record Launch(Store store, ParkConfig config, int port, Locale locale, Consumer<String> notices) {
        public Launch {
            requireNonNull(store, "store is null");
            requireNonNull(config, "config is null");
            requireNonNull(locale, "locale is null");
            requireNonNull(notices, "notices is null");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
        }

        /** The users file, beside the database. */
        public Path usersFile() {
            Path db = store.file();
            Path dir = db == null ? Path.of(".") : db.toAbsolutePath().getParent();
            return dir.resolve(UsersFile.FILE_NAME);
        }
    }

    /** A started dashboard. */
    public static final class Running implements AutoCloseable {
        private final ConfigurableApplicationContext context;
        private final CountDownLatch stopped = new CountDownLatch(1);

        Running(ConfigurableApplicationContext context) {
            this.context = context;
            context.addApplicationListener(e -> {
                if (e instanceof ContextClosedEvent) {
                    stopped.countDown();
                }
            });
        }

        public int port() {
            return ((WebServerApplicationContext) context).getWebServer().getPort();
        }

        /** The running application's context (tests list its handler mappings). */
        ConfigurableApplicationContext context() {
            return context;
        }

        public String url() {
            return "http://localhost:" + port() + "/";
        }

        /** Blocks until the application stops (Ctrl+C). */
        public void awaitStop() throws InterruptedException {
            stopped.await();
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /** The port asked for is taken: a problem for the user, not a crash. */
    public static final class PortInUse extends RuntimeException {
        public PortInUse(int port) {
            super("Le port " + port + " est déjà utilisé (un autre tableau de bord tourne déjà ?) : "
                    + "arrêtez-le ou choisissez un autre port avec --port.", null, false, false);
        }
    }

    /** Starts the dashboard; returns once it listens. */
    public static Running start(Launch launch) throws IOException {
        UsersFile users = UsersFile.ensureAdmin(launch.usersFile(), System.getenv("IMPACT_ADMIN_PASSWORD"),
                launch.notices());
        SpringApplication app = new SpringApplication(DashboardApplication.class);
        app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", launch.port());
        for (String prefix : new String[] {"server.error.", "spring.web.error."}) {
            props.put(prefix + "include-stacktrace", "never");
            props.put(prefix + "include-message", "never");
            props.put(prefix + "include-exception", false);
            props.put(prefix + "whitelabel.enabled", false);
        }
        props.put("server.servlet.session.cookie.same-site", "lax");
        props.put("server.servlet.session.cookie.http-only", true);
        props.put("server.shutdown", "graceful");
        long maxBytes = Math.min(launch.config().maxFileBytes(), 512L << 20);
        props.put("spring.servlet.multipart.max-file-size", maxBytes + "B");
        props.put("spring.servlet.multipart.max-request-size", (maxBytes + (1 << 20)) + "B");
        props.put("spring.thymeleaf.cache", true);
        props.put("spring.mvc.problemdetails.enabled", false);
        props.put("logging.level.root", "WARN");
        props.put("logging.level.org.springframework.boot.web.server", "ERROR");
        props.put("logging.level.org.springframework.boot.diagnostics", "OFF");
        props.put("logging.level.org.springframework.context", "ERROR");
        props.put("spring.main.lazy-initialization", false);
        props.put("springdoc.api-docs.enabled", true);
        props.put("springdoc.paths-to-match", "/api/**");
        props.put("springdoc.api-docs.version", "openapi_3_1");
        app.setDefaultProperties(props);
        app.addInitializers(ctx -> {
            ctx.getBeanFactory().registerSingleton("store", launch.store());
            ctx.getBeanFactory().registerSingleton("parkConfig", launch.config());
            ctx.getBeanFactory().registerSingleton("usersFile", users);
            try {
                ctx.getBeanFactory().registerSingleton("apiTokens",
                        new fr.impact.dashboard.system.ApiTokens(launch.usersFile().resolveSibling(
                                fr.impact.dashboard.system.ApiTokens.FILE_NAME)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            return new Running(app.run());
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof org.springframework.boot.web.server.PortInUseException) {
                    throw new PortInUse(launch.port());
                }
            }
            throw e;
        }
    }
}
