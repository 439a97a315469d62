package fr.impact.analytics.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The funding warnings' French and English catalogues: same keys, a sentence per code, same arguments. */
class FundingWarningsSyncTests {

    static Properties load(String lang) throws IOException {
        try (InputStream in = FundingWarning.class.getResourceAsStream("warnings_" + lang + ".properties")) {
            assertThat(in).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    static Set<String> arguments(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d}").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void bothLanguagesHaveTheSameKeysASentencePerCodeAndTheSameArguments() throws IOException {
        Properties fr = load("fr");
        Properties en = load("en");

        assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (FundingWarning.Code code : FundingWarning.Code.values()) {
            assertThat(fr.getProperty(code.name())).as(code.name()).isNotBlank();
            assertThat(arguments(fr.getProperty(code.name()))).as(code.name())
                    .isEqualTo(arguments(en.getProperty(code.name())));
        }
    }
}
