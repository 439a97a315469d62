package fr.impact.dashboard.cli;

import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportHistory;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON documents of import reports (CLI.md), shared by the command line and the HTTP API. */
public final class Reports {

    private Reports() {}

    /** The {@code ingest --json} document. */
    public static Map<String, Object> ingest(List<FileReport> reports, Messages m) {
        List<Object> files = new ArrayList<>();
        for (FileReport r : reports) {
            files.add(file(r, m));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("files", files);
        return doc;
    }

    public static Map<String, Object> file(FileReport r, Messages m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("file", r.file());
        f.put("kind", r.kind().cliName());
        f.put("status", r.status().name());
        f.put("import_id", r.importId());
        f.put("accepted", r.accepted());
        f.put("rejected", r.rejected());
        f.put("replaced", r.replaced());
        f.put("warnings", r.warnings());
        f.put("rejections", findings(r.rejections(), m));
        f.put("warning_list", findings(r.warningList(), m));
        f.put("error", r.error().map(e -> {
            Map<String, Object> err = new LinkedHashMap<>();
            err.put("code", e.code().name());
            err.put("message", m.of(e.code(), e.args()));
            return err;
        }).orElse(null));
        return f;
    }

    private static List<Object> findings(List<Finding> list, Messages m) {
        List<Object> out = new ArrayList<>(list.size());
        for (Finding x : list) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("line", x.line());
            e.put("column", x.column());
            e.put("value", x.value());
            e.put("code", x.code().name());
            e.put("message", m.of(x));
            out.add(e);
        }
        return out;
    }

    /** The {@code imports --json} document. */
    public static Map<String, Object> imports(List<ImportHistory.Entry> entries) {
        List<Object> list = new ArrayList<>();
        for (ImportHistory.Entry e : entries) {
            list.add(entry(e));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("imports", list);
        return doc;
    }

    public static Map<String, Object> entry(ImportHistory.Entry e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", e.id());
        o.put("kind", e.kind());
        o.put("hub", e.hub());
        o.put("file", e.file());
        o.put("content_hash", e.hash());
        o.put("imported_at", e.importedAt().withNano(0).toString());
        o.put("status", e.status());
        o.put("accepted", e.accepted());
        o.put("rejected", e.rejected());
        o.put("replaced", e.replaced());
        o.put("warnings", e.warnings());
        o.put("error_code", e.errorCode());
        o.put("error_message", e.errorMessage());
        o.put("undone_at", e.undoneAt().map(t -> t.withNano(0).toString()));
        return o;
    }
}
