package fr.impact.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command lines that run the Spark job: a local JVM with Spark's --add-opens, or spark-submit. */
class SparkJobTests {

    @TempDir
    Path dir;

    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    @Test
    void aLocalMasterRunsTheJobInAJvmWithSparksAddOpensOnTheResolvedClassPath() throws Exception {
        List<String> cmd = SparkJob.command("local[2]", dir.resolve("out"), "perche", TODAY,
                List.of(dir.resolve("a.csv")), Map.of("IMPACT_SPARK_CLASSPATH", "/x/classes:/x/spark-sql.jar"));

        assertThat(cmd.get(0)).endsWith("java");
        assertThat(cmd).contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "-cp", "/x/classes:/x/spark-sql.jar",
                SparkJob.MAIN, "--master", "local[2]", "--hub", "perche", "--today", "2024-06-30");
        assertThat(cmd.subList(cmd.indexOf("--out"), cmd.size())).containsExactly("--out",
                dir.resolve("out").toAbsolutePath().toString(), "--hub", "perche", "--today", "2024-06-30",
                dir.resolve("a.csv").toAbsolutePath().toString());
    }

    @Test
    void aClusterMasterGoesThroughSparkSubmitWithTheShadedJar() throws Exception {
        Path jar = Files.createFile(dir.resolve("impact-ingestion-spark.jar"));

        List<String> cmd = SparkJob.command("yarn", dir.resolve("out"), "default", TODAY, List.of(dir.resolve("a.csv")),
                Map.of("IMPACT_SPARK_JAR", jar.toString(), "SPARK_HOME", "/opt/spark"));

        assertThat(cmd.subList(0, 6)).containsExactly("/opt/spark/bin/spark-submit", "--master", "yarn", "--class",
                SparkJob.MAIN, jar.toString());
    }

    @Test
    void withoutTheBuiltJobItSaysHowToGetIt() {
        assertThatThrownBy(() -> SparkJob.command("local[*]", dir, "default", TODAY, List.of(), Map.of()))
                .isInstanceOf(SparkJob.Failed.class).hasMessageContaining("bin/impact");
    }
}
