package fr.impact.dashboard.charts;

import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.Formats;
import fr.impact.dashboard.system.ReadCache;
import java.sql.SQLException;
import org.springframework.stereotype.Component;

/**
 * The charts already drawn, and their PNG images, by address (the chart's name and its
 * filters), in the {@link ReadCache} until the next import or undo: a page and its images then
 * cost one breakdown query per chart, not two, and a wall screen reloading the same page costs none.
 * A figure speaks the page's language (its title, table and alternative text): each language
 * has its own.
 */
@Component
public class FigureCache {

    /** Builds a figure on a reader connection. */
    @FunctionalInterface
    public interface Build {
        Figure apply(java.sql.Connection c) throws SQLException;
    }

    private final Database db;
    private final ReadCache cache;
    private final Formats fr;

    FigureCache(Database db, ReadCache cache, Formats fr) {
        this.db = db;
        this.cache = cache;
        this.fr = fr;
    }

    /** The figure at {@code key}, built if the data changed since it was built, or never was. */
    public Figure figure(String key, Build build) throws SQLException {
        return cache.get("figure/" + fr.language() + "/" + key, () -> db.read(build::apply));
    }

    /** The figure's image at {@code key}, drawn once per state of the data. */
    public byte[] png(String key, Build build) throws SQLException {
        return cache.get("figure.png/" + fr.language() + "/" + key, () -> figure(key, build).image());
    }
}
