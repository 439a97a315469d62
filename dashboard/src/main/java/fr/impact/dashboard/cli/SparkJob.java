package fr.impact.dashboard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the Spark sales job ({@code ingestion/spark}) in a separate process, so that the
 * command line never carries Spark: on a local Spark (the default, {@code local[*]}) with the
 * class path Maven resolved for the job, or through {@code spark-submit} for a cluster
 * ({@code spark://…}, {@code yarn}, {@code k8s://…}) with the job's shaded jar. bin/impact
 * builds the job when {@code --engine spark} is asked and tells where it is through
 * {@code IMPACT_SPARK_CLASSPATH} and {@code IMPACT_SPARK_JAR}.
 */
final class SparkJob {

    static final String MAIN = "fr.impact.ingestion.spark.SalesIngestJob";

    /** Spark on Java 17 needs these packages opened (Spark's own JavaModuleOptions list). */
    static final List<String> ADD_OPENS = List.of("java.base/java.lang", "java.base/java.lang.invoke",
            "java.base/java.lang.reflect", "java.base/java.io", "java.base/java.net", "java.base/java.nio",
            "java.base/java.util", "java.base/java.util.concurrent", "java.base/java.util.concurrent.atomic",
            "java.base/jdk.internal.ref", "java.base/sun.nio.ch", "java.base/sun.nio.cs",
            "java.base/sun.security.action", "java.base/sun.util.calendar");

    /** Why the job could not run, in one sentence. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message);
        }
    }

    private SparkJob() {}

    /** The job's command line for {@code master}, reading {@code files} and writing under {@code out}. */
    static List<String> command(String master, Path out, String hub, LocalDate today, List<Path> files)
            throws Failed {
        return command(master, out, hub, today, files, System.getenv());
    }

    /** Idem, with the environment given ({@code IMPACT_SPARK_CLASSPATH}, {@code IMPACT_SPARK_JAR}, {@code SPARK_HOME}). */
    static List<String> command(String master, Path out, String hub, LocalDate today, List<Path> files,
            java.util.Map<String, String> env) throws Failed {
        List<String> cmd = new ArrayList<>();
        List<String> jobArgs = new ArrayList<>(List.of("--out", out.toAbsolutePath().toString(), "--hub", hub,
                "--today", today.toString()));
        for (Path f : files) {
            jobArgs.add(f.toAbsolutePath().toString());
        }
        if (master.startsWith("local")) {
            String cp = env.get("IMPACT_SPARK_CLASSPATH");
            if (cp == null || cp.isBlank()) {
                throw new Failed("IMPACT_SPARK_CLASSPATH is not set (run through bin/impact, which builds the Spark job)");
            }
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            String heap = env.getOrDefault("IMPACT_SPARK_DRIVER_MEMORY", "2g");
            cmd.add("-Xmx" + heap);
            for (String p : ADD_OPENS) {
                cmd.add("--add-opens=" + p + "=ALL-UNNAMED");
            }
            cmd.add("-Djdk.reflect.useDirectMethodHandle=false");
            cmd.add("-Dio.netty.tryReflectionSetAccessible=true");
            cmd.add("-Dlog4j2.configurationFile=fr/impact/ingestion/spark/log4j2-local.properties");
            cmd.add("-cp");
            cmd.add(cp);
            cmd.add(MAIN);
            cmd.add("--master");
            cmd.add(master);
        } else {
            String jar = env.get("IMPACT_SPARK_JAR");
            if (jar == null || !Files.isRegularFile(Path.of(jar))) {
                throw new Failed("IMPACT_SPARK_JAR is not set (run through bin/impact, which builds the Spark job)");
            }
            String home = env.get("SPARK_HOME");
            cmd.add(home != null ? Path.of(home, "bin", "spark-submit").toString() : "spark-submit");
            cmd.add("--master");
            cmd.add(master);
            cmd.add("--class");
            cmd.add(MAIN);
            cmd.add(jar);
        }
        cmd.addAll(jobArgs);
        return cmd;
    }

    /** Runs the job; its output goes to stderr (stdout is kept for --json). */
    static void run(List<String> command) throws Failed, IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.to(nullDevice()))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new Failed(command.get(0) + ": " + e.getMessage());
        }
        int code = p.waitFor();
        if (code != 0) {
            throw new Failed("exit status " + code);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
