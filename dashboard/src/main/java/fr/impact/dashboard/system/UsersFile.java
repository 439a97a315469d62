package fr.impact.dashboard.system;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The dashboard's users, in a properties file beside the database
 * ({@code impact-users.properties}): one line per user, {@code name=ROLE:bcrypt-hash}, ROLE
 * being {@code OFFICER} (everything) or {@code ELECTED} (read-only pages). Only bcrypt hashes
 * are stored; there is no default password anywhere.
 */
public final class UsersFile {

    public static final String FILE_NAME = "impact-users.properties";
    public static final String ADMIN = "admin";

    /** What a user may do. */
    public enum Role { OFFICER, ELECTED }

    /** One user: a role and a bcrypt hash. */
    public record User(String name, Role role, String bcryptHash) {
        public User {
            requireNonNull(name, "name is null");
            requireNonNull(role, "role is null");
            requireNonNull(bcryptHash, "bcryptHash is null");
            if (!name.matches("[A-Za-z0-9._@-]{1,64}")) {
                throw new IllegalArgumentException("user name must be 1 to 64 letters, digits or . _ @ -: " + name);
            }
        }
    }

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();

    private final Path file;
    private final Map<String, User> users;

    private UsersFile(Path file, Map<String, User> users) {
        this.file = file;
        this.users = users;
    }

    public static UsersFile load(Path file) throws IOException {
        Map<String, User> users = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            for (String name : p.stringPropertyNames()) {
                String v = p.getProperty(name).trim();
                int colon = v.indexOf(':');
                if (colon < 0) {
                    throw new IOException(file + " : l'utilisateur « " + name + " » n'a pas la forme RÔLE:empreinte.");
                }
                Role role = Role.valueOf(v.substring(0, colon).trim().toUpperCase(Locale.ROOT));
                users.put(name, new User(name, role, v.substring(colon + 1).trim()));
            }
        }
        return new UsersFile(file, users);
    }

    /**
     * Loads the file and, when it has no {@code admin}, creates that OFFICER account: with
     * {@code password} when given (IMPACT_ADMIN_PASSWORD), else a generated one printed once.
     */
    public static UsersFile ensureAdmin(Path file, String password, Consumer<String> notices) throws IOException {
        UsersFile f = load(file);
        if (f.users.containsKey(ADMIN)) {
            return f;
        }
        boolean generated = password == null || password.isBlank();
        String pw = generated ? generatePassword() : password;
        f.put(ADMIN, Role.OFFICER, pw);
        notices.accept(generated
                ? "Compte « admin » créé. Mot de passe (affiché une seule fois, notez-le) : " + pw
                : "Compte « admin » créé avec le mot de passe de IMPACT_ADMIN_PASSWORD.");
        return f;
    }

    /** Adds or replaces a user, hashing the password, and saves the file. */
    public synchronized void put(String name, Role role, String rawPassword) throws IOException {
        requireNonNull(rawPassword, "rawPassword is null");
        if (rawPassword.length() < 8) {
            throw new IllegalArgumentException("un mot de passe compte au moins 8 caractères");
        }
        users.put(name, new User(name, role, BCRYPT.encode(rawPassword)));
        save();
    }

    /** Every user, in file order. */
    public synchronized java.util.List<User> all() {
        return java.util.List.copyOf(users.values());
    }

    public synchronized Optional<User> find(String name) {
        return Optional.ofNullable(users.get(name));
    }

    private void save() throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "impact-users", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("# Utilisateurs du tableau de bord : nom=RÔLE:empreinte bcrypt (OFFICER ou ELECTED).\n");
            for (User u : users.values()) {
                w.write(u.name() + "=" + u.role() + ":" + u.bcryptHash() + "\n");
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String generatePassword() {
        byte[] b = new byte[15];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
