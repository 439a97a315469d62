package fr.impact.ingestion.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The pre-aggregated sales ({@code sales_rollup}, {@code sales_first_dates}) the single writer
 * keeps in step with the lines, inside the transaction of every import and undo, so a reader's
 * snapshot always holds lines and rollup of the same moment.
 *
 * <p>{@code rollup_state} records a token of what the rollup was built from
 * (sql/rollups/source_token.sql); readers call {@link #current} and read the lines instead when
 * it no longer matches (a writer that went around the importer, a database from before V005).
 */
public final class Rollups {

    /** How much of the rollup an operation invalidates. */
    public enum Scope {
        /** Nothing it reads changed (funding, ma-cantine purchases…): only the token moves. */
        NONE,
        /** The months of one sales import's lines and of the lines it replaced or restores. */
        MONTHS,
        /** Everything (reference files change segments and origin levels of every line). */
        ALL
    }

    /** A writing transaction's view of the rollup, from its start to its commit. */
    public static final class Change {
        private final Connection c;
        private final boolean wasCurrent;
        private boolean monthsMarked;

        private Change(Connection c, boolean wasCurrent) {
            this.c = c;
            this.wasCurrent = wasCurrent;
        }

        /**
         * Notes the months of a sales import's lines and of the lines it replaced: after the
         * import wrote them, or before an undo removes them.
         */
        public void markMonths(long importId) throws SQLException {
            if (!monthsMarked) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE OR REPLACE TEMP TABLE rollup_months (month DATE)");
                }
                monthsMarked = true;
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO rollup_months "
                    + Sql.ingestion("rollups", "months_of_sales_import"))) {
                p.setLong(1, importId);
                p.executeUpdate();
            }
        }

        /**
         * Brings the rollup up to date, last thing before the transaction commits. If it was
         * not current when the transaction began, it is rebuilt whole.
         */
        public void finish(Scope scope) throws SQLException {
            Scope s = !wasCurrent ? Scope.ALL : scope == Scope.MONTHS && !monthsMarked ? Scope.ALL : scope;
            if (s == Scope.ALL) {
                markAllMonths(c);
            }
            if (s != Scope.NONE) {
                rebuildRows(c, s == Scope.ALL);
                rebuildFirstDates(c);
            } else if (monthsMarked) {
                dropMonths(c);
            }
            writeToken(c);
        }
    }

    private Rollups() {}

    /** Call at the start of a writing transaction, before its first write. */
    public static Change begin(Connection c) throws SQLException {
        return new Change(c, current(c));
    }

    /** Whether the rollup matches the lines a reader sees on this connection. */
    public static boolean current(Connection c) throws SQLException {
        return stored(c).filter(token(c)::equals).isPresent();
    }

    /**
     * Recomputes everything from the lines (after a bulk load that went around the importer,
     * or on a database from before the rollup), in one transaction.
     */
    public static void rebuild(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            markAllMonths(c);
            rebuildRows(c, true);
            rebuildFirstDates(c);
            writeToken(c);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void markAllMonths(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE rollup_months AS "
                    + "SELECT DISTINCT date_trunc('month', date)::DATE AS month FROM sales");
        }
    }

    /** Replaces the rollup rows of the months in temp table rollup_months (all rows if {@code all}). */
    private static void rebuildRows(Connection c, boolean all) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(all ? "DELETE FROM sales_rollup"
                    : "DELETE FROM sales_rollup WHERE month IN (SELECT month FROM rollup_months)");
            s.execute(Sql.ingestion("rollups", "insert_rollup_for_months"));
        }
        dropMonths(c);
    }

    private static void dropMonths(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS rollup_months");
        }
    }

    private static void rebuildFirstDates(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM sales_first_dates");
            s.execute(Sql.ingestion("rollups", "insert_first_dates"));
        }
    }

    private static void writeToken(Connection c) throws SQLException {
        String token = token(c);
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM rollup_state");
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO rollup_state (token) VALUES (?)")) {
            p.setString(1, token);
            p.executeUpdate();
        }
    }

    static String token(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(Sql.ingestion("rollups", "source_token"))) {
            r.next();
            return r.getString(1);
        }
    }

    private static Optional<String> stored(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT token FROM rollup_state")) {
            return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
        }
    }
}
