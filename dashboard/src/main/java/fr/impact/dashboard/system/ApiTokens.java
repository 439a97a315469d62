package fr.impact.dashboard.system;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * Bearer tokens for scripts, one per user, in {@code impact-tokens.properties} beside the
 * users file: {@code sha256-of-token=user}. Only the hash is stored; the token is shown
 * once, when made.
 */
public final class ApiTokens {

    public static final String FILE_NAME = "impact-tokens.properties";

    private final Path file;
    private final Properties byHash = new Properties();

    public ApiTokens(Path file) throws IOException {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                byHash.load(r);
            }
        }
    }

    /** The user a token belongs to. */
    public synchronized Optional<String> user(String token) {
        return token == null || token.isBlank() ? Optional.empty() : Optional.ofNullable(byHash.getProperty(hash(token.trim())));
    }

    /** Makes a new token for {@code user}, replacing the previous one; returns it (shown once). */
    public synchronized String issue(String user) throws IOException {
        byHash.values().removeIf(user::equals);
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        String token = "imp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        byHash.setProperty(hash(token), user);
        save();
        return token;
    }

    /** Whether {@code user} has a token. */
    public synchronized boolean has(String user) {
        return byHash.containsValue(user);
    }

    public synchronized void revoke(String user) throws IOException {
        byHash.values().removeIf(user::equals);
        save();
    }

    private void save() throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "impact-tokens", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            byHash.store(w, "Jetons d'API : empreinte SHA-256 du jeton = utilisateur");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
