package fr.impact.dashboard.cli;

import fr.impact.dashboard.system.Json;
import fr.impact.ingestion.ImportHistory;
import fr.impact.ingestion.store.Store;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code impact imports}: the import history; {@code impact imports undo ID}. */
@Command(name = "imports", resourceBundle = "fr.impact.dashboard.cli.usage", mixinStandardHelpOptions = true,
        subcommands = ImportsCommand.Undo.class)
final class ImportsCommand implements Callable<Integer> {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @ParentCommand
    ImpactCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = root.openStore()) {
            List<ImportHistory.Entry> entries = new ImportHistory(store).list();
            if (json) {
                out.println(Json.write(Reports.imports(entries)));
                return ImpactCli.OK;
            }
            var t = root.texts();
            if (entries.isEmpty()) {
                out.println(t.text("imports.none"));
                return ImpactCli.OK;
            }
            out.println(t.text("imports.header"));
            for (ImportHistory.Entry e : entries) {
                out.println(String.format("%5d  %s  %-10s %-9s %-8s %9s %8s %8s  %s", e.id(), e.importedAt().format(WHEN),
                        e.kind(), e.hub(), t.text("status." + e.status()), Numbers.integer(e.accepted()),
                        Numbers.integer(e.rejected()), Numbers.integer(e.replaced()), e.file()));
            }
        }
        return ImpactCli.OK;
    }

    @Command(name = "undo", resourceBundle = "fr.impact.dashboard.cli.usage", mixinStandardHelpOptions = true)
    static final class Undo implements Callable<Integer> {

        @ParentCommand
        ImportsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "undo.id")
        long id;

        @Option(names = "--json", descriptionKey = "json")
        boolean json;

        @Override
        public Integer call() throws Exception {
            ImpactCli root = parent.root;
            var t = root.texts();
            PrintWriter out = spec.commandLine().getOut();
            try (Store store = root.openStore()) {
                ImportHistory.Entry e;
                try {
                    e = new ImportHistory(store).undo(id);
                } catch (ImportHistory.UndoRefused r) {
                    throw new ImpactCli.UserError(t.text("undo." + r.code(), id, r.getMessage()));
                }
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("undone", Reports.entry(e));
                    out.println(Json.write(doc));
                } else {
                    out.println(t.text("undo.done", e.id(), e.file(), Numbers.integer(e.accepted()),
                            Numbers.integer(e.replaced())));
                }
            }
            return ImpactCli.OK;
        }
    }
}
