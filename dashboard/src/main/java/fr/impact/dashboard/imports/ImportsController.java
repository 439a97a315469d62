package fr.impact.dashboard.imports;

import fr.impact.dashboard.system.Texts;
import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportHistory;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.rules.Messages;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Imports page: upload a monthly export or a reference file, see its result with every
 * rejected line, the import history, undo (OFFICER only), rejected lines as CSV.
 */
@Controller
class ImportsController {

    static final String VIEW = "imports/imports";
    static final String UNDO_VIEW = "imports/undo";
    static final int HISTORY_ROWS = 20;
    static final int SHOWN_FINDINGS = 1000;

    /** The kinds offered on the page, in order; their names are the messages {@code imports.kind.<kind>}. */
    static final List<String> KINDS = List.of("sales", "producers", "buyers", "territory", "funding");

    /** One finding ready for display. */
    record Line(long line, String column, String value, String code, String message) {}

    /** One import's result ready for display. */
    record Result(FileReport report, String refusal, List<Line> rejections, List<Line> warnings) {}

    private final ImportService imports;
    private final Texts texts;

    ImportsController(ImportService imports, Texts texts) {
        this.imports = imports;
        this.texts = texts;
    }

    /** The kinds with their names in the page's language. */
    private Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String k : KINDS) {
            kinds.put(k, texts.get("imports.kind." + k));
        }
        return kinds;
    }

    /** The rows' and files' messages of the ingestion catalogue, in the page's language. */
    private Messages messages() {
        return Messages.of(texts.locale());
    }

    @GetMapping("/imports")
    String page(@RequestParam(name = "tout", defaultValue = "false") boolean all, Model model) throws Exception {
        model.addAttribute("all", all);
        return render(model, null);
    }

    /** Asks before undoing (a page, so it works without JavaScript). */
    @GetMapping("/imports/{id}/annuler")
    String confirmUndo(@PathVariable("id") long id, Model model, RedirectAttributes flash) throws Exception {
        Optional<ImportHistory.Entry> e = imports.history().stream().filter(x -> x.id() == id).findFirst();
        if (e.isEmpty() || !"LOADED".equals(e.get().status()) || e.get().undoneAt().isPresent()) {
            flash.addFlashAttribute("problem", texts.get("imports.flash.cannotUndo", id));
            return "redirect:/imports";
        }
        model.addAttribute("entry", e.get());
        model.addAttribute("kinds", kinds());
        return UNDO_VIEW;
    }

    @PostMapping("/imports")
    String upload(@RequestParam("kind") String kind, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "hub", required = false) String hub,
            @RequestParam(name = "strict", defaultValue = "false") boolean strict, Model model) throws Exception {
        Optional<ImportKind> k = Optional.ofNullable(KINDS.contains(kind) ? kind : null).flatMap(ImportKind::parse);
        if (k.isEmpty()) {
            model.addAttribute("problem", texts.get("imports.problem.kind"));
            return render(model, null);
        }
        if (ImportService.noFile(file)) {
            model.addAttribute("problem", texts.get("imports.problem.file"));
            model.addAttribute("selectedKind", kind);
            return render(model, null);
        }
        List<FileReport> reports;
        try (var in = file.getInputStream()) {
            reports = imports.importUpload(k.get(), in, file.getOriginalFilename(), hub, strict);
        }
        model.addAttribute("selectedKind", kind);
        return render(model, reports);
    }

    @PostMapping("/imports/{id}/annuler")
    String undo(@PathVariable("id") long id, RedirectAttributes flash) throws Exception {
        try {
            ImportHistory.Entry e = imports.undo(id);
            flash.addFlashAttribute("notice", texts.get("imports.flash.undone", e.id(), e.file()));
        } catch (ImportHistory.UndoRefused r) {
            flash.addFlashAttribute("problem", texts.get("UNKNOWN_IMPORT".equals(r.code())
                    ? "imports.flash.undoUnknown" : "imports.flash.undoNotLoaded", id));
        }
        return "redirect:/imports";
    }

    @GetMapping("/imports/{id}/rejets.csv")
    ResponseEntity<byte[]> rejections(@PathVariable("id") long id) throws Exception {
        StringBuilder csv = new StringBuilder("\uFEFFligne;colonne;valeur;code;message\r\n");
        boolean english = texts.english();
        for (ImportService.Finding f : imports.rejections(id)) {
            csv.append(f.line()).append(';').append(cell(f.column())).append(';').append(cell(f.value())).append(';')
                    .append(cell(f.code())).append(';').append(cell(f.message(english))).append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("rejets-import-" + id + ".csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A plain number, which stays as it is: {@code -3,00}. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    /**
     * A CSV cell: quoted when needed; text a spreadsheet would run as a formula (OWASP:
     * {@code = + - @}, tab or carriage return first, full-width forms too) gets a leading
     * apostrophe — {@code -2+3+cmd|…} too: only a plain number is left as it is.
     */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        String v = s;
        if (!v.isEmpty() && "=+-@\t\r＝＋－＠".indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches()) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private String render(Model model, List<FileReport> reports) throws Exception {
        model.addAttribute("kinds", kinds());
        List<ImportHistory.Entry> history = imports.history();
        boolean all = Boolean.TRUE.equals(model.getAttribute("all"));
        model.addAttribute("historyCount", history.size());
        model.addAttribute("history", all || history.size() <= HISTORY_ROWS ? history : history.subList(0, HISTORY_ROWS));
        if (reports != null) {
            List<Result> results = new ArrayList<>();
            Messages messages = messages();
            for (FileReport report : reports) {
                results.add(new Result(report, report.error().map(e -> messages.of(e.code(), e.args())).orElse(null),
                        lines(report.rejections(), messages), lines(report.warningList(), messages)));
            }
            model.addAttribute("results", results);
            model.addAttribute("shown", SHOWN_FINDINGS);
        }
        return VIEW;
    }

    private static List<Line> lines(List<fr.impact.ingestion.rules.Finding> findings, Messages messages) {
        List<Line> out = new ArrayList<>();
        for (var f : findings) {
            if (out.size() == SHOWN_FINDINGS) {
                break;
            }
            out.add(new Line(f.line(), f.column(), f.value(), f.code().name(), messages.of(f)));
        }
        return out;
    }
}
