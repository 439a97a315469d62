package fr.impact.dashboard.cli;

import fr.impact.analytics.Analytics;
import fr.impact.dashboard.DashboardApplication;
import fr.impact.ingestion.config.ParkConfig;
import fr.impact.ingestion.store.Store;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code impact serve [--port 8080] [--demo]}: opens the database once (the single writer)
 * and starts the dashboard on it. Spring is touched only from {@link #call()}, so the other
 * commands never load it.
 */
@Command(name = "serve", resourceBundle = "fr.impact.dashboard.cli.usage", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    ImpactCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", descriptionKey = "serve.port")
    int port;

    @Option(names = "--demo", descriptionKey = "serve.demo")
    boolean demo;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new ImpactCli.UserError("--port " + port + " : un port va de 0 à 65535.");
        }
        var t = root.texts();
        PrintWriter out = spec.commandLine().getOut();
        ParkConfig config = root.parkConfig();
        if (demo) {
            boolean noSales;
            try (Store probe = root.openStore()) {
                noSales = new Analytics(probe.connection()).salesPeriod().isEmpty();
            }
            if (noSales) {
                // exactly `impact demo` (same files, same import path), before the server takes the file
                java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--db", root.dbFile().toString()));
                if (root.config != null) {
                    args.addAll(java.util.List.of("--config", root.config.toString()));
                }
                if (root.lang != null) {
                    args.addAll(java.util.List.of("--lang", root.lang));
                }
                spec.parent().subcommands().get("demo").execute(args.toArray(String[]::new));
            }
        }
        Store store = root.openStore();
        try {
            DashboardApplication.Running running;
            try {
                running = DashboardApplication.start(new DashboardApplication.Launch(store, config, port, root.locale(),
                        line -> out.println(line)));
            } catch (DashboardApplication.PortInUse e) {
                throw new ImpactCli.UserError(e.getMessage());
            }
            out.println(t.text("serve.url", running.url()));
            running.awaitStop();
            return ImpactCli.OK;
        } finally {
            store.close();
        }
    }
}
