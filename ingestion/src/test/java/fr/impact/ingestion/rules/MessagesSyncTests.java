package fr.impact.ingestion.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Keeps the French and English catalogues in sync (spring-petclinic's I18nPropertiesSyncTest):
 * the same keys, a sentence for every code, no blank sentence, the same {n} arguments.
 */
class MessagesSyncTests {

    static final Pattern ARGUMENT = Pattern.compile("\\{\\d}");

    @Nested
    class IngestionMessages {

        final Map<String, String> fr = classpath("/fr/impact/ingestion/messages_fr.properties");
        final Map<String, String> en = classpath("/fr/impact/ingestion/messages_en.properties");

        @Test
        void frenchAndEnglishHaveExactlyTheSameKeys() {
            assertThat(fr.keySet()).isNotEmpty().containsExactlyInAnyOrderElementsOf(en.keySet());
        }

        @Test
        void everyRowCodeHasASentenceInBothLanguages() {
            for (RowCode code : RowCode.values()) {
                assertThat(fr).as("French").containsKey("row." + code.name());
                assertThat(en).as("English").containsKey("row." + code.name());
            }
        }

        @Test
        void everyFileCodeHasASentenceInBothLanguages() {
            for (FileCode code : FileCode.values()) {
                assertThat(fr).as("French").containsKey("file." + code.name());
                assertThat(en).as("English").containsKey("file." + code.name());
            }
        }

        @Test
        void noSentenceIsBlank() {
            assertThat(blankKeys(fr)).as("blank in French").isEmpty();
            assertThat(blankKeys(en)).as("blank in English").isEmpty();
        }

        @Test
        void bothLanguagesUseTheSameArguments() {
            assertThat(argumentMismatches(fr, en)).isEmpty();
        }

        @Test
        void theCatalogueLoadsThroughMessagesInEachLanguage() {
            Finding f = Finding.of(3, "montant_ht", "12,5O", RowCode.NUMBER_FORMAT);

            assertThat(Messages.of(Messages.FRENCH).of(f))
                    .isEqualTo(fr.get("row.NUMBER_FORMAT").replace("{0}", "montant_ht").replace("{1}", "12,5O"));
            assertThat(Messages.of(Messages.ENGLISH).of(f))
                    .isEqualTo(en.get("row.NUMBER_FORMAT").replace("{0}", "montant_ht").replace("{1}", "12,5O"));
            assertThat(Messages.forLanguage("de").locale()).isEqualTo(Locale.FRENCH);
        }
    }

    @Nested
    class DashboardCliTexts {

        final Path dir = repositoryRoot().resolve("dashboard/src/main/resources/fr/impact/dashboard/cli");
        final Map<String, String> fr = file(dir.resolve("texts_fr.properties"));
        final Map<String, String> en = file(dir.resolve("texts_en.properties"));

        @Test
        void frenchAndEnglishHaveExactlyTheSameKeys() {
            assertThat(fr.keySet()).isNotEmpty().containsExactlyInAnyOrderElementsOf(en.keySet());
        }

        @Test
        void noTextIsBlank() {
            assertThat(blankKeys(fr)).as("blank in French").isEmpty();
            assertThat(blankKeys(en)).as("blank in English").isEmpty();
        }

        @Test
        void bothLanguagesUseTheSameArguments() {
            assertThat(argumentMismatches(fr, en)).isEmpty();
        }
    }

    static List<String> blankKeys(Map<String, String> catalogue) {
        List<String> out = new ArrayList<>();
        catalogue.forEach((k, v) -> {
            if (v.isBlank()) {
                out.add(k);
            }
        });
        return out;
    }

    static List<String> argumentMismatches(Map<String, String> fr, Map<String, String> en) {
        List<String> out = new ArrayList<>();
        for (String key : fr.keySet()) {
            if (en.containsKey(key) && !arguments(fr.get(key)).equals(arguments(en.get(key)))) {
                out.add(key + ": " + arguments(fr.get(key)) + " ≠ " + arguments(en.get(key)));
            }
        }
        return out;
    }

    static TreeSet<String> arguments(String text) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** A catalogue read as ResourceBundle reads it since Java 9: UTF-8. */
    static Map<String, String> classpath(String resource) {
        try (InputStream in = MessagesSyncTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(resource, e);
        }
    }

    static Map<String, String> file(Path path) {
        assertThat(path).as("catalogue").isRegularFile();
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return load(r);
        } catch (IOException e) {
            throw new AssertionError(path.toString(), e);
        }
    }

    static Map<String, String> load(Reader r) throws IOException {
        Properties p = new Properties();
        p.load(r);
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    /**
     * The repository root: IMPACT_REPO_ROOT (set by surefire) or the working directory, then
     * upwards to the pom.xml that lists the dashboard module.
     */
    static Path repositoryRoot() {
        List<Path> starts = new ArrayList<>();
        String env = System.getenv("IMPACT_REPO_ROOT");
        if (env != null && !env.isBlank()) {
            starts.add(Path.of(env));
        }
        starts.add(Path.of("").toAbsolutePath());
        for (Path start : starts) {
            for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
                if (listsDashboardModule(p.resolve("pom.xml"))) {
                    return p;
                }
            }
        }
        throw new AssertionError("repository root not found from " + starts
                + " (no pom.xml with <module>dashboard</module>)");
    }

    static boolean listsDashboardModule(Path pom) {
        try {
            return Files.isRegularFile(pom) && Files.readString(pom).contains("<module>dashboard</module>");
        } catch (IOException e) {
            return false;
        }
    }
}
