package fr.impact.dashboard.charts;

import static java.util.Objects.requireNonNull;

import fr.impact.reports.chart.Chart;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A chart, its data as a table, its size on the page (points; the PNG is drawn 1.5 pixel per
 * point) and its alternative text in the page's language. A page shows it with the fragment
 * {@code fragments/chart :: figure}; its image and its data are served by {@link #png()} and
 * {@link #csv(String)}.
 */
public record Figure(Chart chart, ChartTable table, int width, int height, String altText) {

    public Figure {
        requireNonNull(chart, "chart is null");
        requireNonNull(table, "table is null");
        requireNonNull(altText, "altText is null");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("size must be positive");
        }
    }

    /** With the chart's own (French) alternative text. */
    public Figure(Chart chart, ChartTable table, int width, int height) {
        this(chart, table, width, height, chart.altText());
    }

    /** The chart drawn as a PNG image, 1.5 pixel per point. */
    public byte[] image() {
        return chart.png(width, height, 1.5);
    }

    /** The chart as a PNG response. */
    public ResponseEntity<byte[]> png() {
        return png(image());
    }

    /** A PNG image as a response (no browser cache: it changes with each import). */
    public static ResponseEntity<byte[]> png(byte[] image) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache()).body(image);
    }

    /** The data as a CSV download named {@code fileName}. */
    public ResponseEntity<byte[]> csv(String fileName) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName,
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(table.csv());
    }
}
