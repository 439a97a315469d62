package fr.impact.analytics.local;

/** What a breakdown groups by; each has its query {@code sql/local/sales_by_<name>.sql}. */
public enum Dimension {
    MONTH("month"), QUARTER("quarter"), YEAR("year"), SEGMENT("segment"), FAMILY("family"),
    ORIGIN_LEVEL("origin_level"), PRODUCER("producer"), BUYER("buyer");

    private final String sqlName;

    Dimension(String sqlName) {
        this.sqlName = sqlName;
    }

    public String sqlName() {
        return sqlName;
    }
}
