package fr.impact.ingestion.sales;

import fr.impact.ingestion.imports.ImportContext;
import fr.impact.ingestion.imports.KindLoader;
import fr.impact.ingestion.imports.Quarantine;
import fr.impact.ingestion.read.FileRefusedException;
import fr.impact.ingestion.read.RecordSource;
import fr.impact.ingestion.rules.FileCode;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.RowCode;
import fr.impact.ingestion.store.Sql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;



/**
 * Loads a sales file from what the Spark job wrote for it (found by hub and content hash in
 * the job's manifest): its valid lines from the partitioned Parquet with DuckDB's
 * {@code read_parquet}, its findings and quarantined rows into the import's quarantine, and
 * the file's refusal, if the job refused it. The row rules ran in the job; nothing is checked
 * again here, so the result is the embedded engine's, line for line.
 */
public final class ParquetSalesLoader implements KindLoader {

    private final Path output;
    private final String contentHash;

    public ParquetSalesLoader(Path output, String contentHash) {
        this.output = output;
        this.contentHash = contentHash;
    }

    @Override
    public Loaded load(RecordSource source, ImportContext ctx) throws IOException, SQLException, FileRefusedException {
        Connection c = ctx.connection();
        String file = null;
        long emptyRows = 0;
        Path manifest = output.resolve("manifest");
        if (Files.isDirectory(manifest)) {
            try (PreparedStatement p = c.prepareStatement(Sql.ingestion("sales", "parquet_manifest"))) {
                p.setString(1, glob(manifest));
                p.setString(2, ctx.hub());
                p.setString(3, contentHash);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        file = r.getString("file");
                        emptyRows = r.getLong("empty_rows");
                        if ("REFUSED".equals(r.getString("status"))) {
                            FileCode code = FileCode.valueOf(r.getString("error_code"));
                            Object[] args = r.getArray("error_args") == null ? new Object[0]
                                    : (Object[]) r.getArray("error_args").getArray();
                            String[] a = new String[args.length];
                            for (int i = 0; i < args.length; i++) {
                                a[i] = String.valueOf(args[i]);
                            }
                            throw new FileRefusedException(code, a);
                        }
                    }
                }
            }
        }
        if (file == null) {
            throw new IOException("the Spark job's output " + output + " has no file of content " + contentHash
                    + " for hub " + ctx.hub());
        }
        Quarantine q = ctx.quarantine();
        for (long i = 0; i < emptyRows; i++) {
            q.emptyRow();
        }
        if (Files.isDirectory(output.resolve("findings"))) {
            try (PreparedStatement p = c.prepareStatement(Sql.ingestion("sales", "parquet_findings"))) {
                bind(p, output.resolve("findings"), ctx.hub(), file);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Finding f = new Finding(r.getLong("line"), r.getString("column_name"), r.getString("value"),
                                RowCode.valueOf(r.getString("code")), r.getString("expected"));
                        if (r.getBoolean("rejection")) {
                            q.addRejection(f);
                        } else {
                            q.warn(f);
                        }
                    }
                }
            }
        }
        if (Files.isDirectory(output.resolve("quarantine"))) {
            try (PreparedStatement p = c.prepareStatement(Sql.ingestion("sales", "parquet_quarantine"))) {
                bind(p, output.resolve("quarantine"), ctx.hub(), file);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        q.rejectLate(r.getLong("line"), r.getString("row_key"), r.getString("raw"));
                    }
                }
            }
        }
        long accepted = 0;
        if (Files.isDirectory(output.resolve("sales"))) {
            try (PreparedStatement p = c.prepareStatement(Sql.ingestion("sales", "load_parquet"))) {
                p.setLong(1, ctx.importId());
                p.setString(2, ctx.hub());
                p.setString(3, output.resolve("sales").toString() + "/**/*.parquet");
                p.setString(4, ctx.hub());
                p.setString(5, contentHash);
                p.setString(6, file);
                accepted = p.executeUpdate();
            }
        }
        long replaced;
        try (PreparedStatement p = c.prepareStatement(Sql.ingestion("sales", "mark_replaced"))) {
            p.setLong(1, ctx.importId());
            p.setLong(2, ctx.importId());
            p.setString(3, ctx.hub());
            p.setLong(4, ctx.importId());
            replaced = p.executeUpdate();
        }
        return new Loaded(accepted, replaced);
    }

    private void bind(PreparedStatement p, Path dir, String hub, String file) throws SQLException {
        p.setString(1, glob(dir));
        p.setString(2, hub);
        p.setString(3, contentHash);
        p.setString(4, file);
    }

    private static String glob(Path dir) {
        return dir.toString() + "/*.parquet";
    }

    @Override
    public void undo(Connection c, long id) throws SQLException {
        new SalesLoader(() -> {
            throw new IllegalStateException("undo reads no file");
        }).undo(c, id);
    }

}
