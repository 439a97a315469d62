package fr.impact.dashboard.filters;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A list's order, from the query string: {@code tri} (a column's key) and {@code ordre}
 * ({@code asc} or {@code desc}); and the column headers as links that sort by that column
 * (again: the other way round), keeping the page's filters.
 *
 * @param key the column sorted by
 * @param ascending its direction
 */
public record Sort(String key, boolean ascending) {

    /** A column header: its label, the link that sorts by it, and its {@code aria-sort} value (null when not sorted by it). */
    public record Header(String key, String label, String link, String ariaSort, boolean numeric) {}

    public Sort {
        requireNonNull(key, "key is null");
    }

    /**
     * The order asked for; an unknown column is the default one. A column sorts ascending by
     * default when it is in {@code ascendingFirst} (names), descending otherwise (amounts).
     */
    public static Sort read(Map<String, String> params, Map<String, String> columns, String defaultKey,
            Set<String> ascendingFirst) {
        String key = params.get("tri");
        if (key == null || !columns.containsKey(key)) {
            key = defaultKey;
        }
        String order = params.get("ordre");
        boolean ascending = "asc".equals(order) ? true : "desc".equals(order) ? false : ascendingFirst.contains(key);
        return new Sort(key, ascending);
    }

    /** The headers of {@code columns} (key → label), in order, each a link to {@code path} sorted by it. */
    public List<Header> headers(SalesFilters f, String path, Map<String, String> columns, Set<String> ascendingFirst,
            Set<String> numeric) {
        List<Header> out = new ArrayList<>();
        for (Map.Entry<String, String> c : columns.entrySet()) {
            boolean current = c.getKey().equals(key);
            boolean nextAscending = current ? !ascending : ascendingFirst.contains(c.getKey());
            String link = f.link(path, "tri", c.getKey()) + "&ordre=" + (nextAscending ? "asc" : "desc");
            out.add(new Header(c.getKey(), c.getValue(), link,
                    current ? (ascending ? "ascending" : "descending") : null, numeric.contains(c.getKey())));
        }
        return out;
    }
}
