package fr.impact.dashboard;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.dashboard.hostile.HostileChecks;
import fr.impact.dashboard.system.ApiTokens;
import fr.impact.dashboard.hostile.HostileCorpus;
import fr.impact.dashboard.hostile.HostileCorpus.Entry;
import fr.impact.dashboard.hostile.HostileCorpus.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every file of the hostile corpus uploaded to {@code POST /api/imports/{kind}} as an officer's
 * script does (HTTP Basic, the file in the multipart part {@code file}, each under the name
 * its browser would send): 200 when loaded, 422 when refused, the {@code ingest --json}
 * document with the corpus's outcome, nothing written for a refused file, the name recorded
 * without any path, nothing written outside the data folder, and the server still answering.
 */
class HostileCorpusUploadIntegrationTests {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyHostileUploadEndsAsTheCorpusSaysAndTheServerKeepsAnswering() throws Exception {
        Path data = Files.createDirectories(dir.resolve("donnees"));
        Path uploads = Files.createDirectories(dir.resolve("televersements"));
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<String> tmpBefore = uploadCopies(tmp);
        Map<Long, List<String>> sent = new HashMap<>(); // size -> SHA-256 of what was uploaded
        List<HostileCorpus.Entry> corpus = HostileCorpus.all();
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        HttpClient client = HttpClient.newHttpClient();
        String auth = TestServer.basic(TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
        // the check that the server still answers uses the officer's API token: a SHA-256
        // lookup, where HTTP Basic costs a bcrypt hash on every request
        String token = "Bearer " + new ApiTokens(data.resolve(ApiTokens.FILE_NAME)).issue(TestServer.OFFICER);
        long start = System.nanoTime();
        long writing = 0;
        long checking = 0;
        try (TestServer server = new TestServer(data)) {
            Set<String> dataBefore = listing(data);
            Map<String, Long> before;
            try (Connection c = server.store.newConnection()) {
                before = HostileChecks.counts(c);
            }
            int n = 0;
            for (Entry e : corpus) {
                n++;
                long w = System.nanoTime();
                Path file = e.write(uploads);
                writing += System.nanoTime() - w;
                sent.computeIfAbsent(Files.size(file), k -> new ArrayList<>()).add(sha256(file));
                long t = System.nanoTime();
                HttpResponse<String> r = client.send(upload(server, e, file, "hub-" + n, auth),
                        HttpResponse.BodyHandlers.ofString());
                long ms = (System.nanoTime() - t) / 1_000_000;
                long k = System.nanoTime();
                Files.delete(file);
                int status = e.uploadError() != null ? 400 : e.expected().outcome() == Outcome.REFUSED ? 422 : 200;
                if (r.statusCode() != status) {
                    failures.add(e.name() + " : HTTP " + r.statusCode() + " au lieu de " + status + " — " + r.body());
                }
                failures.addAll(HostileChecks.checkText(e.name(), r.body()));
                try {
                    JsonNode doc = new ObjectMapper().readTree(r.body());
                    try (Connection c = server.store.newConnection()) {
                        failures.addAll(e.uploadError() != null
                                ? HostileChecks.checkNotImported(e, doc, c, before)
                                : HostileChecks.check(e, doc, e.storedName(), c, before));
                    }
                } catch (RuntimeException notJson) {
                    failures.add(e.name() + " : la réponse n'est pas le document JSON attendu : " + r.body());
                }
                try (Connection c = server.store.newConnection()) {
                    before = HostileChecks.counts(c);
                }
                Set<String> added = new TreeSet<>(listing(data));
                added.removeAll(dataBefore);
                added.removeIf(p -> p.startsWith("impact.duckdb"));
                if (!added.isEmpty()) {
                    failures.add(e.name() + " : fichiers apparus dans le dossier de données : " + added);
                }
                failures.addAll(nothingWrittenAt(e, data, tmp));
                HttpResponse<String> indicators = client.send(HttpRequest.newBuilder(URI.create(server.url("/api/indicators")))
                        .header("Authorization", token).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (indicators.statusCode() != 200 || !indicators.body().contains("\"sales\"")) {
                    failures.add(e.name() + " : /api/indicators ne répond plus (" + indicators.statusCode() + ")");
                }
                checking += System.nanoTime() - k;
                table.append(String.format("%-34s %-9s HTTP %d %6d ms  %s%n", e.name(), e.kind(), r.statusCode(), ms,
                        e.expected().summary()));
            }
            failures.addAll(namesAreEscapedInTheHistoryPage(server));
        }
        for (String copy : uploadCopies(tmp)) {
            if (!tmpBefore.contains(copy)) {
                Path p = tmp.resolve(copy);
                if (Files.isRegularFile(p) && sent.getOrDefault(Files.size(p), List.of()).contains(sha256(p))) {
                    failures.add("copie temporaire d'un téléversement laissée dans " + p);
                }
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        System.out.printf("Corpus hostile, téléversement : %d fichiers en %d s (dont %d s pour les écrire, "
                + "%d s pour vérifier la base, le disque et /api/indicators)%n%s", corpus.size(), seconds,
                writing / 1_000_000_000, checking / 1_000_000_000, table);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
        assertThat(failures).isEmpty();
    }

    /** The multipart request, streaming the file (100 MB for one of them). */
    private static HttpRequest upload(TestServer server, Entry e, Path file, String hub, String auth)
            throws IOException {
        String boundary = "----hostile" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; " + e.upload()
                + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(UTF_8);
        return HttpRequest.newBuilder(URI.create(server.url("/api/imports/" + e.kind() + "?hub=" + hub)))
                .header("Authorization", auth)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.concat(BodyPublishers.ofByteArray(head), BodyPublishers.ofFile(file),
                        BodyPublishers.ofByteArray(tail)))
                .build();
    }

    /**
     * Where a server that trusted the name would have written the file: the name as sent,
     * with {@code \} or {@code /} as separators, from the data folder, the temporary folder
     * and the working directory. None of them may exist.
     */
    private static List<String> nothingWrittenAt(Entry e, Path data, Path tmp) {
        String raw = sentName(e.upload());
        List<String> failures = new ArrayList<>();
        for (Path base : List.of(data, tmp, Path.of("").toAbsolutePath())) {
            for (String name : new java.util.LinkedHashSet<>(List.of(raw, raw.replace('\\', '/')))) {
                try {
                    Path target = base.resolve(name).normalize();
                    if (Files.exists(target)) {
                        failures.add(e.name() + " : un fichier existe à " + target);
                    }
                } catch (InvalidPathException notAPath) {
                    // a NUL in the name: no file can have it
                }
            }
        }
        return failures;
    }

    /** The file name a Content-Disposition parameter carries, decoded. */
    private static String sentName(String parameter) {
        if (parameter.startsWith("filename*=UTF-8''")) {
            return URLDecoder.decode(parameter.substring("filename*=UTF-8''".length()), UTF_8);
        }
        String quoted = parameter.substring(parameter.indexOf('"') + 1, parameter.lastIndexOf('"'));
        return quoted.replace("\\\\", "\\");
    }

    /** The history page shows the names as text: an HTML name is escaped, never markup. */
    private static List<String> namesAreEscapedInTheHistoryPage(TestServer server) throws Exception {
        HttpClient browser = TestServer.browser();
        server.login(browser, TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
        String page = server.get(browser, "/imports?tout=true").body();
        List<String> failures = new ArrayList<>();
        if (page.contains("<img src=x onerror")) {
            failures.add("la page des imports contient le nom téléversé comme balise HTML");
        }
        if (!page.contains("&lt;img src=x onerror=alert(1)&gt;.csv")) {
            failures.add("la page des imports ne montre pas le nom téléversé « <img src=x onerror=alert(1)>.csv »");
        }
        return failures;
    }

    private static Set<String> listing(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).collect(Collectors.toSet());
        }
    }

    private static Set<String> uploadCopies(Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("impact-upload-"))
                    .collect(Collectors.toSet());
        }
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
