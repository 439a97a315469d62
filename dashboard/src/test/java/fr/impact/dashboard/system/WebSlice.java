package fr.impact.dashboard.system;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import fr.impact.ingestion.config.ParkConfig;
import fr.impact.ingestion.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What a controller's {@code @WebMvcTest} slice needs besides the controller: the real security
 * configuration (form login, HTTP Basic, bearer tokens, CSRF, roles) over a users file with an
 * officer and an elected user, the page model's park configuration, and the {@code fr} formats
 * the templates call, with the texts in French and English. {@link #emptyDatabase} makes a mocked {@link Database} read from a real,
 * empty in-memory DuckDB, so a controller's own queries run.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfig.class, LoginThrottle.class, I18nConfig.class, Formats.class, Texts.class, ReadCache.class})
public class WebSlice {

    public static final String OFFICER = "agent";
    public static final String ELECTED = "elu";
    public static final String PASSWORD = "mot-de-passe-tranche";

    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("impact-slice-");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Store empty;

    @Bean
    UsersFile usersFile() throws IOException {
        UsersFile users = UsersFile.load(DIR.resolve(UsersFile.FILE_NAME));
        if (users.find(OFFICER).isEmpty()) {
            users.put(OFFICER, UsersFile.Role.OFFICER, PASSWORD);
            users.put(ELECTED, UsersFile.Role.ELECTED, PASSWORD);
        }
        return users;
    }

    @Bean
    ApiTokens apiTokens() throws IOException {
        return new ApiTokens(DIR.resolve(ApiTokens.FILE_NAME));
    }

    /**
     * A database for slices that do not mock their own (filters and advice may need one): a
     * mock reading from the empty store.
     */
    @Bean
    Database database() throws SQLException {
        Database db = org.mockito.Mockito.mock(Database.class);
        emptyDatabase(db);
        return db;
    }

    /** The public board switch, off, in the slice's own settings file. */
    @Bean
    PublicBoard publicBoard() throws IOException {
        return new PublicBoard(DIR.resolve(PublicBoard.FILE_NAME));
    }

    /**
     * Filters as pages read them, over data from 01/01/2023 to 31/03/2024 in one hub (the
     * slice's database is empty; a slice that wants "no data at all" mocks {@link
     * fr.impact.dashboard.filters.FiltersReader} itself).
     */
    public static void salesFrom2023ToMarch2024(fr.impact.dashboard.filters.FiltersReader filters) throws SQLException {
        when(filters.read(any())).thenAnswer(inv -> java.util.Optional.of(fr.impact.dashboard.filters.SalesFilters.read(
                inv.getArgument(0), new fr.impact.analytics.Period(java.time.LocalDate.of(2023, 1, 1),
                        java.time.LocalDate.of(2024, 3, 31)), java.util.List.of("mil-perche"))));
    }

    @Bean
    ParkConfig parkConfig() {
        return ParkConfig.defaults();
    }

    /** A real empty store, made once for the test run. */
    public static synchronized Store emptyStore() {
        if (empty == null) {
            try {
                empty = Store.inMemory();
            } catch (SQLException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return empty;
    }

    /** Makes {@code db.read(…)} run its work on a connection to the empty store. */
    public static void emptyDatabase(Database db) throws SQLException {
        when(db.read(any())).thenAnswer(inv -> {
            Database.Read<?> work = inv.getArgument(0);
            try (Connection c = emptyStore().newConnection()) {
                return work.apply(c);
            }
        });
    }
}
