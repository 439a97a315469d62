package fr.impact.dashboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.ingestion.model.Family;
import fr.impact.ingestion.model.Segment;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's two catalogues, {@code i18n/messages.properties} (French) and
 * {@code i18n/messages_en.properties}, stay in step: the same keys, no empty value, the same
 * arguments, and every value a MessageFormat pattern whose apostrophes are written {@code ''}
 * (a lone one would swallow the rest of the sentence).
 */
class I18nPropertiesSyncTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nPropertiesSyncTests.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    @Test
    void bothCataloguesHaveExactlyTheSameKeys() throws IOException {
        Set<String> french = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        Set<String> onlyFrench = new TreeSet<>(french);
        onlyFrench.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(french);
        assertThat(onlyFrench).as("keys missing in messages_en.properties").isEmpty();
        assertThat(onlyEnglish).as("keys missing in messages.properties").isEmpty();
        assertThat(french).hasSizeGreaterThan(300);
    }

    @Test
    void noValueIsEmpty() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties p = load(name);
            List<String> empty = new ArrayList<>();
            for (String k : p.stringPropertyNames()) {
                if (p.getProperty(k).isBlank()) {
                    empty.add(k);
                }
            }
            assertThat(empty).as("empty values in " + name).isEmpty();
        }
    }

    @Test
    void everyValueIsAPatternWithItsApostrophesDoubled() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties p = load(name);
            List<String> bad = new ArrayList<>();
            for (String k : p.stringPropertyNames()) {
                String v = p.getProperty(k);
                // every apostrophe comes in a pair: '' is one apostrophe; nothing is quoted
                if (v.replace("''", "").contains("'")) {
                    bad.add(k + "=" + v);
                    continue;
                }
                String shown = new MessageFormat(v).format(new Object[] {"A", "B", "C", "D"});
                if (v.contains("''") && !shown.contains("'")) {
                    bad.add(k + "=" + v);
                }
            }
            assertThat(bad).as("values with a lone apostrophe in " + name).isEmpty();
        }
    }

    @Test
    void bothLanguagesTakeTheSameArguments() throws IOException {
        Properties french = load("messages.properties");
        Properties english = load("messages_en.properties");
        List<String> differ = new ArrayList<>();
        for (String k : french.stringPropertyNames()) {
            if (english.containsKey(k) && !arguments(french.getProperty(k)).equals(arguments(english.getProperty(k)))) {
                differ.add(k);
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void theFrenchNamesOfSegmentsAndFamiliesAreTheModelsLabels() throws IOException {
        Properties french = load("messages.properties");
        for (Segment s : Segment.values()) {
            assertThat(new MessageFormat(french.getProperty("segment." + s.name())).format(new Object[0]))
                    .isEqualTo(s.label());
        }
        for (Family f : Family.values()) {
            assertThat(new MessageFormat(french.getProperty("family." + f.name())).format(new Object[0]))
                    .isEqualTo(f.label());
        }
    }

    private static Set<String> arguments(String v) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(v);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }
}
