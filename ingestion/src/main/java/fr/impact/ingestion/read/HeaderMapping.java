package fr.impact.ingestion.read;

import fr.impact.ingestion.profile.MappingProfile;
import fr.impact.ingestion.rules.FileCode;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.Keys;
import fr.impact.ingestion.rules.RowCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cell of a row holds which of our columns: headers matched through the profile's
 * renames, then our names and aliases, without regard to case, accents, spaces, {@code _}
 * or {@code -}. Unknown columns are listed as warnings; a missing required column or a
 * column named twice refuses the file.
 */
public final class HeaderMapping {

    /** Columns found that a refusal lists, at most (each shortened to 60 characters). */
    static final int MAX_LISTED = 30;

    private final List<Column> columns;
    private final int[] index;        // per column: cell index, or -1
    private final String[] constant;  // per column: profile constant, or null
    private final List<Finding> warnings;
    private final int width;

    private HeaderMapping(List<Column> columns, int[] index, String[] constant, List<Finding> warnings, int width) {
        this.columns = columns;
        this.index = index;
        this.constant = constant;
        this.warnings = warnings;
        this.width = width;
    }

    /**
     * Maps a header onto the columns.
     *
     * @param derived columns that need no cell (e.g. {@code ligne} derived by the profile)
     */
    public static HeaderMapping resolve(long headerLine, String[] header, List<Column> columns,
            MappingProfile profile, List<String> derived) throws FileRefusedException {
        Map<String, Integer> byKey = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            byKey.put(Keys.normalize(col.name()), c);
            for (String a : col.aliases()) {
                byKey.putIfAbsent(Keys.normalize(a), c);
            }
        }
        int[] index = new int[columns.size()];
        java.util.Arrays.fill(index, -1);
        List<Finding> warnings = new ArrayList<>();
        Map<Integer, String> seenHeader = new LinkedHashMap<>();
        // trailing empty header cells (a trailing delimiter) are not columns
        int width = header.length;
        for (int i = 0; i < header.length; i++) {
            String h = header[i].strip();
            if (i == 0 && h.startsWith("\uFEFF")) {
                h = h.substring(1);
            }
            String key = Keys.normalize(h);
            if (key.isEmpty()) {
                continue;
            }
            Integer c = null;
            String renamed = profile.renames().get(key);
            if (renamed != null) {
                c = byKey.get(Keys.normalize(renamed));
            }
            if (c == null) {
                c = byKey.get(key);
            }
            if (c == null) {
                warnings.add(Finding.of(headerLine, h, "", RowCode.UNKNOWN_COLUMN));
                continue;
            }
            if (index[c] >= 0) {
                throw new FileRefusedException(FileCode.DUPLICATE_COLUMN, columns.get(c).name(),
                        seenHeader.get(c) + " / " + h);
            }
            index[c] = i;
            seenHeader.put(c, h);
        }
        String[] constant = new String[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            constant[c] = profile.constants().get(Keys.normalize(columns.get(c).name()));
        }
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            if (col.required() && index[c] < 0 && constant[c] == null && !derived.contains(col.name())) {
                List<String> found = new ArrayList<>();
                int more = 0;
                for (String h : header) {
                    if (h.isBlank()) {
                        continue;
                    }
                    if (found.size() == MAX_LISTED) {
                        more++;
                    } else {
                        String s = h.strip();
                        found.add(s.length() <= 60 ? s : s.substring(0, 59) + "…");
                    }
                }
                String list = found.isEmpty() ? "(aucune / none)" : String.join(", ", found);
                throw new FileRefusedException(FileCode.MISSING_COLUMN, col.name(),
                        more == 0 ? list : list + " … (+" + more + ")");
            }
        }
        return new HeaderMapping(List.copyOf(columns), index, constant, List.copyOf(warnings), width);
    }

    /** Unknown columns, as warnings on the header line. */
    public List<Finding> warnings() {
        return warnings;
    }

    /** The number of cells of the header. */
    public int width() {
        return width;
    }

    public boolean has(int column) {
        return index[column] >= 0 || constant[column] != null;
    }

    /** The value of column {@code c} in this row: the cell, stripped; the constant when empty; else "". */
    public String value(String[] cells, int cellCount, int c) {
        int i = index[c];
        if (i >= 0 && i < cellCount) {
            String v = cells[i];
            if (!v.isEmpty()) {
                String s = strip(v);
                if (!s.isEmpty()) {
                    return s;
                }
            }
        }
        String k = constant[c];
        return k == null ? "" : k;
    }

    /** The cell as written (not stripped), for messages; the constant when absent. */
    public String rawValue(String[] cells, int cellCount, int c) {
        int i = index[c];
        if (i >= 0 && i < cellCount) {
            return cells[i];
        }
        String k = constant[c];
        return k == null ? "" : k;
    }

    public List<Column> columns() {
        return columns;
    }

    private static String strip(String v) {
        char first = v.charAt(0);
        char last = v.charAt(v.length() - 1);
        if (first > ' ' && first != '\u00A0' && last > ' ' && last != '\u00A0') {
            return v;
        }
        int s = 0;
        int e = v.length();
        while (s < e && (v.charAt(s) <= ' ' || v.charAt(s) == '\u00A0' || v.charAt(s) == '\u202F')) {
            s++;
        }
        while (e > s && (v.charAt(e - 1) <= ' ' || v.charAt(e - 1) == '\u00A0' || v.charAt(e - 1) == '\u202F')) {
            e--;
        }
        return v.substring(s, e);
    }
}
