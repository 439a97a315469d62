package fr.impact.ingestion.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The park's configuration, from {@code impact.properties} beside the database (or a file
 * given with {@code --config}). Every value has a default, so the demo needs none; another
 * park changes this file, not the code.
 *
 * @param parkName the park, printed on reports
 * @param beneficiaryName who receives the grants (printed on funder reports)
 * @param beneficiarySiret its SIRET
 * @param beneficiaryAddress its postal address
 * @param logo an image file for reports, if any
 * @param patCode the Projet alimentaire territorial code on ma-cantine
 * @param egalimZone {@code METROPOLE}, or an overseas group for other EGalim targets
 * @param defaultHub the hub used when {@code --hub} is not given
 * @param maxFileBytes files larger than this are refused
 * @param duckdbMemoryLimit DuckDB's memory limit
 */
public record ParkConfig(String parkName, String beneficiaryName, String beneficiarySiret, String beneficiaryAddress,
        Optional<Path> logo, String patCode, String egalimZone, String defaultHub, long maxFileBytes,
        String duckdbMemoryLimit) {

    public static final String FILE_NAME = "impact.properties";

    public static ParkConfig defaults() {
        return from(new Properties(), null);
    }

    /** Reads {@code file} if it exists; defaults otherwise. */
    public static ParkConfig load(Path file) throws IOException {
        Properties p = new Properties();
        if (file != null && Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return from(p, file == null ? null : file.toAbsolutePath().getParent());
    }

    private static ParkConfig from(Properties p, Path base) {
        String logo = p.getProperty("park.logo", "").strip();
        return new ParkConfig(
                p.getProperty("park.name", "Parc naturel régional du Perche").strip(),
                p.getProperty("beneficiary.name", "Parc naturel régional du Perche").strip(),
                p.getProperty("beneficiary.siret", "").strip(),
                p.getProperty("beneficiary.address", "Maison du Parc, Courboyer, 61340 Perche en Nocé").strip(),
                logo.isEmpty() ? Optional.empty() : Optional.of(base == null ? Path.of(logo) : base.resolve(logo)),
                p.getProperty("pat.code", "1476").strip(),
                p.getProperty("egalim.zone", "METROPOLE").strip(),
                p.getProperty("hub.default", "default").strip(),
                Long.parseLong(p.getProperty("import.max-file-size", String.valueOf(2L << 30)).strip()),
                p.getProperty("duckdb.memory-limit", "1GB").strip());
    }
}
