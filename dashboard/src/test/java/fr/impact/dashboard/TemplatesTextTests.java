package fr.impact.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No template writes French of its own: every sentence a visitor reads comes from the
 * catalogues ({@code #{…}}), so that the English pages are English throughout. A heuristic:
 * text between tags (unless a {@code th:text}, {@code th:utext} or {@code th:replace} replaces
 * it), the {@code title}, {@code alt}, {@code aria-label} and {@code placeholder} attributes, and
 * the quoted literals of the {@code th:} attributes that write text, must hold no accented letter,
 * no French quotation mark, no French elision ({@code l'}, {@code d'}…) and none of the common
 * French words below. And every page's {@code <html lang>} follows the language.
 */
class TemplatesTextTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern ACCENTS = Pattern.compile("[àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»]");
    private static final Pattern ELISION = Pattern.compile("(?i)\\b(?:l|d|n|qu|s|c|j)['’]\\p{L}");
    private static final Set<String> FRENCH_WORDS = Set.of("le", "la", "les", "des", "du", "un", "une", "et", "est",
            "pour", "sur", "par", "avec", "dans", "aucun", "aucune", "au", "aux", "ce", "cette", "ces", "ses", "pas",
            "ne", "qui", "que", "voir", "tous", "toutes", "ligne", "lignes", "fichier", "mois", "objectif", "atteint",
            "afficher", "ventes", "achats", "producteurs", "acheteurs", "locale", "compte", "jeton", "dont", "trier",
            "retour", "connexion", "importer", "annuler", "graphique", "financement", "rapports", "cantines",
            "identifiant", "mot", "passe", "ou", "de", "vous", "votre", "nom", "famille", "commune", "total");
    /** Text that is the same in both languages (names, codes). */
    private static final Set<String> ALLOWED = Set.of("Impact", "EGalim", "API", "Total");

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern TOKEN = Pattern.compile("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>|[^<]+");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'");
    /** A literal that is an address or a name in code ({@code /local/graphiques/par-mois.png}, {@code par-mois}). */
    private static final Pattern IDENTIFIER = Pattern.compile("[\\w]*[/._=-][\\w/._=?&{}-]*");
    private static final Set<String> VOID = Set.of("meta", "link", "img", "input", "br", "hr", "source");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder");
    private static final Set<String> TH_TEXT_ATTRIBUTES = Set.of("th:text", "th:utext", "th:title", "th:alt",
            "th:attr", "th:placeholder", "th:replace", "th:insert", "th:with", "th:aria-label");

    /** Whether a piece of text looks French. */
    static boolean french(String text) {
        String t = text.strip();
        if (t.isEmpty() || ALLOWED.contains(t)) {
            return false;
        }
        if (ACCENTS.matcher(t).find() || ELISION.matcher(t).find()) {
            return true;
        }
        for (String word : t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (FRENCH_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theHeuristicTellsFrenchFromEnglish() {
        assertThat(french("Aucune vente n'est encore importée.")).isTrue();
        assertThat(french("Télécharger")).isTrue();
        assertThat(french("Voir tous les producteurs")).isTrue();
        assertThat(french("Afficher la periode")).isTrue();
        assertThat(french("« Local »")).isTrue();
        assertThat(french("Download the data (CSV)")).isFalse();
        assertThat(french("Impact")).isFalse();
        assertThat(french(" — ")).isFalse();
        assertThat(findings("t.html", "<p>Fichier chargé.</p><p th:text=\"#{x}\">Fichier chargé.</p>"
                + "<a title=\"Mon compte\" th:text=\"#{y}\">x</a><span th:text=\"${ok} ? 'atteint' : #{z}\"></span>"
                + "<img th:src=\"@{/a.png}\" alt=\"Part locale\">")).hasSize(4);
        assertThat(findings("t.html", "<p th:if=\"${a > 1}\" th:text=\"#{x}\">Les lignes</p><p th:value=\"'oui'\">—</p>"
                + "<figure th:replace=\"~{f :: figure(${c['par-mois']}, ${f.link('/local/graphiques/par-mois.png')})}\"></figure>"))
                .isEmpty();
    }

    @Test
    void noTemplateHoldsFrenchTextOfItsOwn() throws IOException {
        List<String> all = new ArrayList<>();
        List<Path> files = templates();
        assertThat(files).hasSizeGreaterThan(20);
        for (Path f : files) {
            all.addAll(findings(TEMPLATES.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8)));
        }
        assertThat(all).as("French text outside #{…}").isEmpty();
    }

    @Test
    void everyPageSaysItsLanguage() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path f : templates()) {
            String html = Files.readString(f, StandardCharsets.UTF_8);
            boolean page = html.contains("<head th:replace=");
            if (page && !html.contains("<html lang=\"fr\" th:lang=\"${@texts.language()}\"")) {
                missing.add(TEMPLATES.relativize(f).toString());
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> s = Files.walk(TEMPLATES)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** What looks French in one template: "file: text". */
    static List<String> findings(String name, String html) {
        List<String> out = new ArrayList<>();
        Deque<Map.Entry<String, Boolean>> open = new ArrayDeque<>();
        Matcher m = TOKEN.matcher(COMMENT.matcher(html).replaceAll(""));
        while (m.find()) {
            String token = m.group();
            boolean replaced = !open.isEmpty() && open.peek().getValue();
            if (!token.startsWith("<")) {
                if (!replaced && french(token)) {
                    out.add(name + ": " + token.strip());
                }
                continue;
            }
            if (token.startsWith("<!") || token.startsWith("<?")) {
                continue;
            }
            if (token.startsWith("</")) {
                String tag = token.substring(2, token.length() - 1).strip().toLowerCase(Locale.ROOT);
                while (!open.isEmpty() && !open.pop().getKey().equals(tag)) {
                    // an element left open (p, li): closed with its parent
                }
                continue;
            }
            String tag = token.substring(1).split("[\\s/>]", 2)[0].toLowerCase(Locale.ROOT);
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(token);
            while (a.find()) {
                attributes.put(a.group(1), a.group(2));
            }
            for (var e : attributes.entrySet()) {
                if (TEXT_ATTRIBUTES.contains(e.getKey()) && french(e.getValue())) {
                    out.add(name + ": " + e.getKey() + "=\"" + e.getValue() + "\"");
                }
                if (TH_TEXT_ATTRIBUTES.contains(e.getKey())) {
                    Matcher l = LITERAL.matcher(e.getValue());
                    while (l.find()) {
                        if (!IDENTIFIER.matcher(l.group(1)).matches() && french(l.group(1))) {
                            out.add(name + ": " + e.getKey() + " '" + l.group(1) + "'");
                        }
                    }
                }
            }
            boolean selfClosing = token.endsWith("/>") || VOID.contains(tag);
            if (!selfClosing) {
                boolean replacing = replaced || attributes.keySet().stream().anyMatch(REPLACING::contains);
                open.push(Map.entry(tag, replacing));
            }
        }
        return out;
    }
}
