package fr.impact.dashboard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Runs the command line in-process on a database, as scripts do, for the CLI tests. */
final class CliRun {

    private CliRun() {}

    /** Exit status, standard output, standard error. */
    record Result(int exit, String out, String err) {
        JsonNode json() {
            return new ObjectMapper().readTree(out);
        }
    }

    static Result run(Path db, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        int exit = ImpactCli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    /** A UTF-8 file of these lines, each ended by a line break. */
    static Path file(Path dir, String name, String... lines) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }
}
