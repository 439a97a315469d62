package fr.impact.ingestion.profile;

import fr.impact.ingestion.read.FileRefusedException;
import fr.impact.ingestion.rules.FileCode;
import fr.impact.ingestion.rules.Keys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How another invoicing software's export maps onto our columns, in a small text file, so
 * a new hub needs no code:
 *
 * <pre>
 * # lines starting with # are comments
 * nom = Export Logiciel X
 * colonne.Date pièce = date            # rename a column of the file to one of ours
 * colonne.N° pièce = facture
 * constante.unite = kg                 # a value for a column the file lacks (or leaves empty)
 * ligne = rang                         # derive ligne as the row's rank within its facture
 * separateur = ;                       # optional: ; , or tab
 * feuille = Ventes                     # optional: the XLSX sheet
 * </pre>
 *
 * @param name the profile's name, for messages
 * @param renames normalized header of the file → our canonical column
 * @param constants normalized name of our column → value
 * @param deriveLineRank whether {@code ligne} is the rank within the {@code facture}
 * @param delimiter the CSV delimiter, if fixed
 * @param sheet the XLSX sheet, if fixed
 */
public record MappingProfile(String name, Map<String, String> renames, Map<String, String> constants,
        boolean deriveLineRank, Optional<Character> delimiter, Optional<String> sheet) {

    public static final MappingProfile NONE = new MappingProfile("", Map.of(), Map.of(), false,
            Optional.empty(), Optional.empty());

    public MappingProfile {
        renames = Map.copyOf(renames);
        constants = Map.copyOf(constants);
    }

    /** Reads a profile file (UTF-8). */
    public static MappingProfile read(Path file) throws IOException, FileRefusedException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return parse(file.getFileName().toString(), lines);
    }

    static MappingProfile parse(String defaultName, List<String> lines) throws FileRefusedException {
        String name = defaultName;
        Map<String, String> renames = new LinkedHashMap<>();
        Map<String, String> constants = new LinkedHashMap<>();
        boolean rank = false;
        Character delimiter = null;
        String sheet = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (i == 0 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String l = stripComment(text).strip();
            if (l.isEmpty()) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq <= 0) {
                throw new FileRefusedException(FileCode.BAD_PROFILE, String.valueOf(i + 1),
                        "« clé = valeur » attendu / expected \"key = value\"");
            }
            String key = l.substring(0, eq).strip();
            String value = l.substring(eq + 1).strip();
            String k = key.toLowerCase(java.util.Locale.ROOT);
            if (k.startsWith("colonne.") || k.startsWith("column.")) {
                renames.put(Keys.normalize(key.substring(key.indexOf('.') + 1)), value);
            } else if (k.startsWith("constante.") || k.startsWith("constant.")) {
                constants.put(Keys.normalize(key.substring(key.indexOf('.') + 1)), value);
            } else if (k.equals("ligne") || k.equals("line")) {
                String v = Keys.normalize(value);
                if (!v.equals("rang") && !v.equals("rank") && !v.equals("rangdanslafacture")) {
                    throw new FileRefusedException(FileCode.BAD_PROFILE, String.valueOf(i + 1),
                            "ligne = rang");
                }
                rank = true;
            } else if (k.equals("separateur") || k.equals("séparateur") || k.equals("delimiter")) {
                delimiter = switch (Keys.normalize(value)) {
                    case "tab", "tabulation" -> '\t';
                    default -> value.length() == 1 ? value.charAt(0) : null;
                };
                if (delimiter == null) {
                    throw new FileRefusedException(FileCode.BAD_PROFILE, String.valueOf(i + 1),
                            "separateur = ; , ou tab");
                }
            } else if (k.equals("feuille") || k.equals("sheet")) {
                sheet = value;
            } else if (k.equals("nom") || k.equals("name")) {
                name = value;
            } else {
                throw new FileRefusedException(FileCode.BAD_PROFILE, String.valueOf(i + 1),
                        "clé inconnue / unknown key « " + key + " »");
            }
        }
        return new MappingProfile(name, renames, constants, rank, Optional.ofNullable(delimiter),
                Optional.ofNullable(sheet));
    }

    private static String stripComment(String line) {
        String s = line.strip();
        if (s.startsWith("#")) {
            return "";
        }
        int hash = line.indexOf(" #");
        return hash >= 0 ? line.substring(0, hash) : line;
    }
}
