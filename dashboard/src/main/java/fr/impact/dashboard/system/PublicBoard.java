package fr.impact.dashboard.system;

import fr.impact.ingestion.store.Store;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Whether the public board ({@code /tableau}, no login) is on: {@code tableau.public=true} in
 * {@code impact-settings.properties} beside the database (and the users file). Off unless an
 * officer switches it on from "Mon compte" (or the file says so).
 */
@Component
public class PublicBoard {

    public static final String FILE_NAME = "impact-settings.properties";
    static final String KEY = "tableau.public";

    private final Path file;
    private final Properties settings = new Properties();

    @Autowired
    PublicBoard(Store store) throws IOException {
        this(settingsFile(store));
    }

    PublicBoard(Path file) throws IOException {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.load(r);
            }
        }
    }

    /** The settings file beside the database (the working directory for an in-memory one). */
    static Path settingsFile(Store store) {
        Path db = store.file();
        Path dir = db == null ? Path.of(".") : db.toAbsolutePath().getParent();
        return dir.resolve(FILE_NAME);
    }

    public synchronized boolean enabled() {
        return Boolean.parseBoolean(settings.getProperty(KEY, "false").strip());
    }

    /** Switches the board on or off, and writes it down (the file is replaced atomically). */
    public synchronized void set(boolean on) throws IOException {
        settings.setProperty(KEY, String.valueOf(on));
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "impact-settings", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            settings.store(w, "Réglages du tableau de bord (tableau.public : page publique /tableau, sans connexion)");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
