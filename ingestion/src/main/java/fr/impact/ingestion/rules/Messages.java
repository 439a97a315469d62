package fr.impact.ingestion.rules;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sentences for every code, in French (default) or English, from
 * {@code messages_fr.properties} and {@code messages_en.properties}.
 */
public final class Messages {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String BUNDLE = "fr.impact.ingestion.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(String baseName, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(baseName, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Locale locale) {
        return bundle(BUNDLE, locale);
    }

    /**
     * Another module's catalogue ({@code baseName_fr.properties}, {@code baseName_en.properties}),
     * with the same {0}-style arguments.
     */
    public static Messages bundle(String baseName, Locale locale) {
        return new Messages(baseName, locale.getLanguage().equals("en") ? ENGLISH : FRENCH);
    }

    /** {@code fr} or {@code en}; anything else is French. */
    public static Messages forLanguage(String lang) {
        return of(Locale.forLanguageTag(lang == null ? "fr" : lang));
    }

    public Locale locale() {
        return locale;
    }

    /** The sentence for a row finding. */
    public String of(Finding f) {
        return format("row." + f.code().name(), shorten(f.column()), shorten(f.value()), f.expected());
    }

    /** The sentence for a refused file. */
    public String of(FileCode code, List<String> args) {
        return format("file." + code.name(), args.toArray());
    }

    /** Any other message by key (CLI texts). */
    public String text(String key, Object... args) {
        return format(key, args);
    }

    /**
     * Replaces {0}, {1}… by the arguments; no other syntax, so apostrophes need no escaping.
     * An argument's line breaks and tabs become spaces, and its other control characters
     * (terminal escapes, right-to-left overrides) become {@code �}: a value from a file never
     * acts on the terminal or the page that shows the sentence.
     */
    private String format(String key, Object... args) {
        String pattern = bundle.getString(key);
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 2 < pattern.length() && pattern.charAt(i + 2) == '}'
                    && Character.isDigit(pattern.charAt(i + 1))) {
                int n = pattern.charAt(i + 1) - '0';
                out.append(n < args.length ? visible(String.valueOf(args[n])) : "");
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text with its control and bidirectional-override characters neutralised. */
    static String visible(String s) {
        int i = 0;
        while (i < s.length() && !hidden(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
            } else {
                b.append(hidden(c) ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    private static boolean hidden(char c) {
        return c < ' ' || c >= '\u007F' && c <= '\u009F' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    private static String shorten(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "…";
    }
}
