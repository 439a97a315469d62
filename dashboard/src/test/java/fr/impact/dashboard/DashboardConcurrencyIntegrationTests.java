package fr.impact.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.bench.IndicatorsBenchmark;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports and undos while 16 clients read the dashboard (issue 9): no reader gets an error, and
 * every document a reader gets is the state before or after a whole import — never a mix, never
 * a state older than the last import that had already returned when the request was sent.
 */
class DashboardConcurrencyIntegrationTests {

    static final int READERS = 16;

    @TempDir
    Path dir;

    /** The two imports: lines and amounts added to 2020 (summed by hand). */
    static final String FIRST = String.join("\n", TestServer.SALES_HEADER,
            "10/03/2020;CONC-1;1;C1;P1;Carottes;FRUITS_ET_LEGUMES;10;kg;100,00",
            "10/03/2020;CONC-1;2;C1;P1;Navets;FRUITS_ET_LEGUMES;10;kg;150,00",
            "11/03/2020;CONC-2;1;C2;P2;Beurre;PRODUITS_LAITIERS;5;kg;50,00", ""); // 3 lines, 300.00
    static final String SECOND = String.join("\n", TestServer.SALES_HEADER,
            "12/05/2020;CONC-3;1;C1;P1;Poireaux;FRUITS_ET_LEGUMES;4;kg;20,00",
            "12/05/2020;CONC-3;2;C2;P2;Yaourts;PRODUITS_LAITIERS;30;piece;30,00", ""); // 2 lines, 50.00

    /** (lines, total) added to 2020 by each state the database goes through. */
    record Delta(long lines, BigDecimal total) {}

    static final Delta NONE = new Delta(0, new BigDecimal("0.00"));
    static final Delta AFTER_FIRST = new Delta(3, new BigDecimal("300.00"));
    static final Delta AFTER_BOTH = new Delta(5, new BigDecimal("350.00"));

    @Test
    void readersSeeWholeStatesWhileImportsAndUndosRun() throws Exception {
        try (TestServer server = new TestServer(dir, store -> IndicatorsBenchmark.generate(store, 200_000, 2018, 4, 7))) {
            String auth = TestServer.basic(TestServer.ELECTED, TestServer.ELECTED_PASSWORD);
            String officer = TestServer.basic(TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
            HttpClient http = HttpClient.newHttpClient();
            // periods that all contain the imported days; whole months (rollup) and not (lines)
            List<String> periods = List.of("from=2020-01-01&to=2020-12-31", "from=2020-03-01&to=2020-05-31",
                    "from=2019-07-14&to=2020-07-13", "from=2020-03-10&to=2020-05-12");
            Map<String, Delta> base = new ConcurrentHashMap<>();
            for (String p : periods) {
                base.put(p, state(get(http, server, "/api/indicators?" + p, auth)));
            }
            // the states in order (import, import, undo, undo); a request sent when `done` writes had
            // returned must see state[done], or state[done + 1] if the next write commits meanwhile
            List<Delta> states = List.of(NONE, AFTER_FIRST, AFTER_BOTH, AFTER_FIRST, NONE);
            AtomicLong done = new AtomicLong(0);
            List<String> problems = new CopyOnWriteArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong requests = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(READERS);
            List<Future<?>> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                int n = i;
                readers.add(pool.submit(() -> {
                    HttpClient own = HttpClient.newHttpClient();
                    int k = 0;
                    while (!stop.get()) {
                        String path = switch ((n + k++) % 4) {
                            case 0 -> "/";
                            case 1 -> "/local?annee=2020";
                            default -> "/api/indicators?" + periods.get((n + k) % periods.size());
                        };
                        try {
                            int sentAfter = (int) done.get();
                            HttpResponse<String> r = get(own, server, path, auth);
                            requests.incrementAndGet();
                            if (r.statusCode() != 200) {
                                problems.add(path + " → HTTP " + r.statusCode());
                                continue;
                            }
                            if (path.startsWith("/api/")) {
                                Delta d = minus(state(r), base.get(path.substring("/api/indicators?".length())));
                                Set<Delta> allowed = sentAfter + 1 < states.size()
                                        ? Set.of(states.get(sentAfter), states.get(sentAfter + 1))
                                        : Set.of(states.get(sentAfter));
                                if (!allowed.contains(d)) {
                                    problems.add(path + " sent after " + sentAfter + " writes → " + d);
                                }
                            } else if (!r.body().contains("</html>")) {
                                problems.add(path + " → an incomplete page");
                            }
                        } catch (Exception e) {
                            problems.add(path + " → " + e);
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(300);
            var first = server.postMultipart(http, "/api/imports/sales", Map.of(), "concurrence-1.csv",
                    FIRST.getBytes(StandardCharsets.UTF_8), "Authorization", officer);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            done.set(1);
            Thread.sleep(300);
            var second = server.postMultipart(http, "/api/imports/sales", Map.of(), "concurrence-2.csv",
                    SECOND.getBytes(StandardCharsets.UTF_8), "Authorization", officer);
            assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
            done.set(2);
            Thread.sleep(300);
            // undo the second, then the first, through the page (HTTP Basic: exempt from CSRF)
            long secondId = new ObjectMapper().readTree(second.body()).path("files").path(0).path("import_id").asLong();
            long firstId = new ObjectMapper().readTree(first.body()).path("files").path(0).path("import_id").asLong();
            assertThat(post(http, server, "/imports/" + secondId + "/annuler", officer)).isIn(200, 302, 303);
            done.set(3);
            Thread.sleep(300);
            assertThat(post(http, server, "/imports/" + firstId + "/annuler", officer)).isIn(200, 302, 303);
            done.set(4);
            Thread.sleep(300);
            stop.set(true);
            for (Future<?> f : readers) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(problems).as("reader problems (%d requests)", requests.get()).isEmpty();
            assertThat(requests.get()).isGreaterThan(READERS * 4L);
            for (String p : periods) {
                assertThat(minus(state(get(http, server, "/api/indicators?" + p, auth)), base.get(p))).isEqualTo(NONE);
            }
        }
    }

    static HttpResponse<String> get(HttpClient c, TestServer s, String path, String auth) throws Exception {
        return c.send(HttpRequest.newBuilder(URI.create(s.url(path))).header("Authorization", auth).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static int post(HttpClient c, TestServer s, String path, String auth) throws Exception {
        return c.send(HttpRequest.newBuilder(URI.create(s.url(path))).header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    static Delta state(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode doc = new ObjectMapper().readTree(r.body());
        JsonNode sales = doc.path("sales");
        BigDecimal total = sales.path("total_ht").decimalValue().setScale(2);
        // the document is whole in itself too: its segments add up to its total
        BigDecimal segments = BigDecimal.ZERO;
        long lines = 0;
        for (JsonNode g : doc.path("by_segment")) {
            segments = segments.add(g.path("total_ht").decimalValue());
            lines += g.path("lines").asLong();
        }
        assertThat(segments).isEqualByComparingTo(total);
        assertThat(lines).isEqualTo(sales.path("lines").asLong());
        return new Delta(sales.path("lines").asLong(), total);
    }

    static Delta minus(Delta a, Delta b) {
        return new Delta(a.lines() - b.lines(), a.total().subtract(b.total()));
    }
}
