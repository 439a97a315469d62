package fr.impact.dashboard.cli;

import fr.impact.ingestion.config.ParkConfig;
import fr.impact.ingestion.rules.Messages;
import fr.impact.ingestion.store.Store;
import fr.impact.ingestion.store.StoreLockedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code bin/impact}: one plain {@code main} for every job. It starts Spring only for
 * {@code serve}, so the other commands start in well under a second.
 *
 * <p>Exit status: 0 the work was done; 2 the user must act (bad arguments, a file refused,
 * the database held by the server); 1 an internal failure.
 */
@Command(name = "impact", mixinStandardHelpOptions = true, version = "Impact " + ImpactCli.VERSION,
        resourceBundle = "fr.impact.dashboard.cli.usage",
        subcommands = {IngestCommand.class, ImportsCommand.class, DemoCommand.class, IndicatorsCommand.class,
            QualityCommand.class, FundingCommand.class, ReportCommand.class, EgalimTerritoryCommand.class,
            TerritorialShareCommand.class, BackupCommand.class, RestoreCommand.class, BenchCommand.class,
            ServeCommand.class},
        usageHelpAutoWidth = true)
public final class ImpactCli {

    /** The application's version, recorded in backups. */
    public static final String VERSION = fr.impact.dashboard.system.Version.IMPACT;

    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USER = 2;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "FICHIER",
            descriptionKey = "db")
    Path db;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "fr|en", descriptionKey = "lang")
    String lang;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FICHIER", descriptionKey = "config")
    Path config;

    @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "debug")
    boolean debug;

    /** A problem the user must fix: one sentence, exit status 2. */
    public static final class UserError extends RuntimeException {
        public UserError(String message) {
            super(message, null, false, false);
        }
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * POI logs through the Log4j API, with no provider here: without this, every XLSX read
     * prints "Log4j API could not find a logging provider" on the officer's terminal.
     */
    static void quietLibraryLogging() {
        System.setProperty("log4j2.provider", System.getProperty("log4j2.provider",
                "org.apache.logging.log4j.simple.internal.SimpleProvider"));
        System.setProperty("log4j2.simplelogStatusLoggerLevel", "OFF");
        System.setProperty("log4j2.simplelogLevel", System.getProperty("log4j2.simplelogLevel", "OFF"));
    }

    /** Runs a command line; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // the help text's language must be known before picocli reads its resource bundle
        Locale.setDefault(englishAsked(args) ? Messages.ENGLISH : Messages.FRENCH);
        ImpactCli root = new ImpactCli();
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USER : INTERNAL);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Messages t = root.texts();
            if (e instanceof UserError) {
                err.println(e.getMessage());
                return USER;
            }
            if (e instanceof StoreLockedException locked) {
                err.println(t.text("locked", locked.file(), locked.pid().map(p -> " (PID " + p + ")").orElse("")));
                return USER;
            }
            err.println(t.text("internal", String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
            if (root.debug) {
                e.printStackTrace(err);
            } else {
                err.println(t.text("debug.hint"));
            }
            return INTERNAL;
        });
        return cl.execute(args);
    }

    private static boolean englishAsked(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1].toLowerCase(Locale.ROOT).startsWith("en");
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring(7).toLowerCase(Locale.ROOT).startsWith("en");
            }
        }
        String env = System.getenv("IMPACT_LANG");
        return env != null && env.toLowerCase(Locale.ROOT).startsWith("en");
    }

    /** The database file: --db, else $IMPACT_DB, else data/impact.duckdb. */
    Path dbFile() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("IMPACT_DB");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("data", "impact.duckdb");
    }

    Locale locale() {
        String l = lang != null ? lang : System.getenv("IMPACT_LANG");
        return l != null && l.toLowerCase(Locale.ROOT).startsWith("en") ? Messages.ENGLISH : Messages.FRENCH;
    }

    /** Row and file messages (ingestion's catalogue). */
    Messages messages() {
        return Messages.of(locale());
    }

    /** The command line's own texts. */
    Messages texts() {
        return Messages.bundle("fr.impact.dashboard.cli.texts", locale());
    }

    ParkConfig parkConfig() {
        Path file = config != null ? config : dbFile().toAbsolutePath().getParent().resolve(ParkConfig.FILE_NAME);
        if (config != null && !java.nio.file.Files.isRegularFile(config)) {
            throw new UserError(texts().text("config.missing", config));
        }
        try {
            return ParkConfig.load(file);
        } catch (IOException | RuntimeException e) {
            throw new UserError(texts().text("config.invalid", file, e.getMessage()));
        }
    }

    /** Opens the database (creating it on first use); says clearly when the server holds it. */
    Store openStore() throws SQLException, IOException {
        return Store.open(dbFile(), parkConfig().duckdbMemoryLimit());
    }

    /** Whether stderr is a terminal (told by bin/impact), for progress bars. */
    static boolean stderrIsTerminal() {
        return "1".equals(System.getenv("IMPACT_STDERR_TTY"));
    }
}
