package fr.impact.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No secret in the repository: the source tree (every file under the project root, less
 * {@code .git/}, build output and what {@code .gitignore} leaves out) holds no private key, no
 * bcrypt hash, no password written as a value in a configuration file, nothing shaped like an
 * API key; and {@code .gitignore} keeps out the users and tokens files and the data folder.
 */
class RepositorySecretsTests {

    /** What a secret looks like; each pattern is built so that this file's own text does not match it. */
    static final Map<String, Pattern> SECRETS = Map.of(
            "private key", Pattern.compile("-----BEGIN " + "(?:[A-Z0-9]+ )*PRIVATE KEY-----"),
            "bcrypt hash", Pattern.compile("\\$2[abxy]?\\$\\d{2}\\$[./A-Za-z0-9]{53}"),
            "Impact API token", Pattern.compile("\\bimp_[A-Za-z0-9_-]{43}\\b"),
            "AWS access key", Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b"),
            "GitHub token", Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36}\\b"),
            "Slack token", Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{10,}"),
            "Stripe key", Pattern.compile("\\b[sr]k_live_[0-9A-Za-z]{20,}"),
            "Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b"));

    /**
     * {@code …password=value} or {@code password: value} in a configuration file; the key's last
     * part names a secret; a placeholder ({@code ${…}}, empty, {@code …}) is fine.
     */
    static final Pattern SECRET_SETTING = Pattern.compile(
            "(?im)^\\s*(?:[\\w.-]*[._-])?(password|passwd|pwd|secret|token|api[._-]?key|motdepasse|mot[._-]de[._-]passe)"
                    + "\\s*[=:]\\s*(\\S.*?)\\s*$");
    /** {@code IMPACT_ADMIN_PASSWORD=literal} in a script. */
    static final Pattern ADMIN_PASSWORD_IN_SCRIPT = Pattern.compile("IMPACT_ADMIN_PASSWORD=(?!\\$|\"\\$|'…'|…)(\\S+)");

    static Path root;
    static List<Path> files;

    @BeforeAll
    static void listSourceTree() throws IOException {
        root = repositoryRoot();
        List<String> ignoredDirs = ignoredDirectories(root.resolve(".gitignore"));
        files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                String name = d.getFileName() == null ? "" : d.getFileName().toString();
                String relative = root.relativize(d).toString().replace('\\', '/');
                if (!d.equals(root) && (name.equals(".git") || name.equals("target") || ignoredDirs.contains(name)
                        || ignoredDirs.contains("/" + relative))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && attrs.size() < 5_000_000) {
                    files.add(f);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The directories {@code .gitignore} leaves out: {@code data/} (any level), {@code /bench/} (root only). */
    static List<String> ignoredDirectories(Path gitignore) throws IOException {
        List<String> dirs = new ArrayList<>();
        for (String line : Files.readAllLines(gitignore, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.endsWith("/") && !l.startsWith("#") && !l.contains("*")) {
                String d = l.substring(0, l.length() - 1);
                dirs.add(d.startsWith("/") ? d : d.replaceFirst("^/", ""));
            }
        }
        return dirs;
    }

    static String text(Path f) throws IOException {
        byte[] b = Files.readAllBytes(f);
        for (int i = 0; i < Math.min(b.length, 8192); i++) {
            if (b[i] == 0) {
                return null; // binary
            }
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void theSourceTreeIsScanned() {
        assertThat(files).as("files under " + root).hasSizeGreaterThan(100)
                .anySatisfy(f -> assertThat(f.toString()).endsWith("SecurityConfig.java"))
                .noneSatisfy(f -> assertThat(root.relativize(f).toString().replace('\\', '/')).startsWith(".git/"))
                .noneSatisfy(f -> assertThat(root.relativize(f).toString().replace('\\', '/')).contains("/target/"));
    }

    @Test
    void noKeyHashOrTokenIsWrittenAnywhere() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : files) {
            String t = text(f);
            if (t == null) {
                continue;
            }
            for (var s : SECRETS.entrySet()) {
                Matcher m = s.getValue().matcher(t);
                if (m.find()) {
                    found.add(root.relativize(f) + ": " + s.getKey());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noConfigurationFileOrScriptSetsAPassword() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            String t = text(f);
            if (t == null) {
                continue;
            }
            if (name.endsWith(".properties") || name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".env")
                    || name.endsWith(".conf") || name.endsWith(".toml")) {
                Matcher m = SECRET_SETTING.matcher(t);
                while (m.find()) {
                    String value = m.group(2);
                    if (!value.startsWith("${") && !value.equals("…") && !value.equals("''") && !value.equals("\"\"")) {
                        found.add(root.relativize(f) + ": " + m.group().strip());
                    }
                }
            }
            boolean script = name.endsWith(".sh") || name.equals("run") || name.equals("impact") || name.endsWith(".service")
                    || name.startsWith("dockerfile") || name.endsWith(".yml") || name.endsWith(".yaml");
            if (script) {
                Matcher m = ADMIN_PASSWORD_IN_SCRIPT.matcher(t);
                while (m.find()) {
                    found.add(root.relativize(f) + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theSecretPatternsCatchWhatTheyAreFor() {
        // made here, so the repository itself holds none of them
        String hash = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode("x");
        String token = "imp_" + "Ab3-_".repeat(8) + "xyz";
        assertThat(SECRETS.get("bcrypt hash").matcher("admin=OFFICER:" + hash).find()).isTrue();
        assertThat(SECRETS.get("Impact API token").matcher("Bearer " + token).find()).isTrue();
        assertThat(SECRETS.get("private key").matcher("-----BEGIN " + "RSA PRIVATE KEY-----").find()).isTrue();
        assertThat(SECRET_SETTING.matcher("spring.datasource." + "password=hunter2").find()).isTrue();
        assertThat(SECRET_SETTING.matcher("admin." + "mot-de-passe: secret").find()).isTrue();
        assertThat(SECRET_SETTING.matcher("usage.password.prompt=Mot de passe").find()).as("a message, not a setting").isFalse();
        assertThat(ADMIN_PASSWORD_IN_SCRIPT.matcher("IMPACT_ADMIN_PASSWORD=" + "s3cret bin/impact serve").find()).isTrue();
        assertThat(ADMIN_PASSWORD_IN_SCRIPT.matcher("IMPACT_ADMIN_PASSWORD=\"$PASS\" bin/impact serve").find()).isFalse();
    }

    @Test
    void gitignoreKeepsOutTheUsersAndTokensFilesAndTheData() throws IOException {
        List<String> rules = Files.readAllLines(root.resolve(".gitignore"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        for (String path : List.of("data/impact.duckdb", "data/impact-users.properties", "impact-users.properties",
                "impact-tokens.properties", "autre/impact-users.properties", "impact.duckdb", "impact.duckdb.wal",
                "data/demo-42/ventes-2024-01.csv")) {
            assertThat(ignored(rules, path)).as(path + " is ignored by .gitignore").isTrue();
        }
        assertThat(ignored(rules, "dashboard/src/main/java/fr/impact/dashboard/system/UsersFile.java")).isFalse();
    }

    /** Whether a path is ignored by these rules (the forms .gitignore uses here: dir/, /dir/, name, *.ext). */
    static boolean ignored(List<String> rules, String path) {
        String[] parts = path.split("/");
        for (String rule : rules) {
            boolean dirOnly = rule.endsWith("/");
            boolean anchored = rule.startsWith("/");
            String r = rule.replaceAll("^/|/$", "");
            Pattern glob = Pattern.compile(r.replace(".", "\\.").replace("*", "[^/]*").replace("?", "[^/]"));
            for (int i = 0; i < parts.length; i++) {
                boolean isDir = i < parts.length - 1;
                if ((dirOnly && !isDir) || (anchored && i > 0)) {
                    continue;
                }
                if (glob.matcher(parts[i]).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The repository root: IMPACT_REPO_ROOT (set by surefire), else up from the working directory. */
    static Path repositoryRoot() throws IOException {
        String env = System.getenv("IMPACT_REPO_ROOT");
        if (env != null && Files.isRegularFile(Path.of(env, "pom.xml"))) {
            return Path.of(env).toRealPath();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path pom = p.resolve("pom.xml");
            if (Files.isRegularFile(pom) && Files.readString(pom).contains("<module>dashboard</module>")) {
                return p;
            }
        }
        throw new AssertionError("repository root not found");
    }
}
