package fr.impact.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.dashboard.cli.CliRun.Result;
import fr.impact.dashboard.hostile.HostileChecks;
import fr.impact.dashboard.hostile.HostileCorpus;
import fr.impact.dashboard.hostile.HostileCorpus.Entry;
import fr.impact.dashboard.hostile.HostileCorpus.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of the hostile corpus through {@code impact ingest KIND FILE --json}, as a script
 * runs it: the exit status (2 when refused, 0 when loaded), one JSON document, no Java trace,
 * the outcome the corpus expects, and the database untouched by a refused file.
 */
class HostileCorpusCliIntegrationTests {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyHostileFileEndsAsTheCorpusSays() throws Exception {
        Path db = dir.resolve("impact.duckdb");
        Path files = Files.createDirectories(dir.resolve("fichiers"));
        assertThat(CliRun.run(db, "imports", "--json").exit()).isZero();
        List<Entry> corpus = HostileCorpus.all();
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        long start = System.nanoTime();
        long writing = 0;
        long checking = 0;
        Map<String, Long> before;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            before = HostileChecks.counts(c);
        }
        int n = 0;
        for (Entry e : corpus) {
            n++;
            long w = System.nanoTime();
            Path file = e.write(files);
            writing += System.nanoTime() - w;
            long t = System.nanoTime();
            Result r = CliRun.run(db, "ingest", e.kind(), file.toString(), "--hub", "hub-" + n, "--json");
            long ms = (System.nanoTime() - t) / 1_000_000;
            Files.delete(file);
            int exit = e.expected().outcome() == Outcome.REFUSED ? 2 : 0;
            if (r.exit() != exit) {
                failures.add(e.name() + " : code de sortie " + r.exit() + " au lieu de " + exit + " — " + r.err());
            }
            failures.addAll(HostileChecks.checkText(e.name(), r.out() + r.err()));
            long k = System.nanoTime();
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
                try {
                    failures.addAll(HostileChecks.check(e, r.json(), e.name(), c, before));
                } catch (RuntimeException notJson) {
                    failures.add(e.name() + " : pas un document JSON sur la sortie : " + r.out() + r.err());
                }
                before = HostileChecks.counts(c);
            }
            checking += System.nanoTime() - k;
            table.append(String.format("%-34s %-9s %6d ms  %s%n", e.name(), e.kind(), ms, e.expected().summary()));
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        System.out.printf("Corpus hostile, ligne de commande : %d fichiers en %d s (dont %d s pour les écrire, "
                + "%d s pour vérifier la base)%n%s", corpus.size(), seconds, writing / 1_000_000_000,
                checking / 1_000_000_000, table);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
        assertThat(failures).isEmpty();
    }

    @Test
    void theHumanOutputShowsNoControlCharacterFromTheFile() throws Exception {
        Entry e = HostileCorpus.all().stream().filter(x -> x.name().equals("caracteres-de-controle.csv")).findFirst()
                .orElseThrow();
        Path file = e.write(dir);

        Result r = CliRun.run(dir.resolve("impact.duckdb"), "ingest", e.kind(), file.toString());

        assertThat(r.exit()).isZero();
        // line 4's family is "\u001B[2J\u001B[HFRUITS": the message shows it, without the escapes
        assertThat(r.out()).contains("ligne 4").doesNotContain("\u001B");
    }
}
