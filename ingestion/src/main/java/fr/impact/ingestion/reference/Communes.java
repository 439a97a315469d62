package fr.impact.ingestion.reference;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The official list of former commune codes and of departments, from the resources
 * {@code communes-anciennes.csv} and {@code departements.csv} of this package (generated from
 * Etalab's {@code @etalab/decoupage-administratif}, see the README beside them).
 *
 * <p>A commune code in a file may be the code of a commune merged since into a "commune
 * nouvelle" (its commune déléguée, or an older code): {@link #currentCodeOf} gives the current
 * commune. Both resources are read once, on the first call to {@link #instance()}; the
 * instance is immutable and safe to share between threads.
 */
public final class Communes {

    private static final String FORMER_COMMUNES = "communes-anciennes.csv";
    private static final String DEPARTMENTS = "departements.csv";

    private final Map<String, String> currentByFormer;
    private final Map<String, String> regionByDepartment;

    private Communes(Map<String, String> currentByFormer, Map<String, String> regionByDepartment) {
        this.currentByFormer = Map.copyOf(currentByFormer);
        this.regionByDepartment = Map.copyOf(regionByDepartment);
    }

    /** The shared instance, loaded from the resources on first use. */
    public static Communes instance() {
        return Holder.INSTANCE;
    }

    /**
     * The current commune of a former commune code, e.g. {@code 61343} (Randonnai, a commune
     * déléguée since 2016) → {@code 61491} (Tourouvre au Perche).
     *
     * @return empty when the code is not a former commune code: a current commune code (a
     *     commune déléguée that kept the code of its commune nouvelle is current), an unknown
     *     code, or a blank value
     */
    public Optional<String> currentCodeOf(String formerCode) {
        requireNonNull(formerCode, "formerCode is null");
        return Optional.ofNullable(currentByFormer.get(formerCode.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The INSEE code of the region of a department, e.g. {@code 61} → {@code 28} (Normandie),
     * {@code 2A} → {@code 94} (Corse), {@code 974} → {@code 04} (La Réunion). Overseas
     * collectivities ({@code 975}, {@code 977}, {@code 978}, {@code 98x}) are their own region.
     *
     * @return empty for an unknown department
     */
    public Optional<String> regionOfDepartment(String department) {
        requireNonNull(department, "department is null");
        return Optional.ofNullable(regionByDepartment.get(department.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The department of a commune code: its first two characters ({@code 61293} → {@code 61},
     * {@code 2A004} → {@code 2A}), or three for overseas codes starting with {@code 97} or
     * {@code 98} ({@code 97411} → {@code 974}).
     *
     * <p>The code is taken as given (after trimming and upper-casing): check it is a 5-character
     * commune code first, and restore a lost leading zero before calling this.
     *
     * @throws IllegalArgumentException when the code is too short to hold a department
     */
    public static String departmentOf(String communeCode) {
        requireNonNull(communeCode, "communeCode is null");
        String code = communeCode.strip().toUpperCase(Locale.ROOT);
        int length = code.startsWith("97") || code.startsWith("98") ? 3 : 2;
        if (code.length() < length) {
            throw new IllegalArgumentException("not a commune code: '" + communeCode + "'");
        }
        return code.substring(0, length);
    }

    private static Communes load() {
        Map<String, String> currentByFormer = new HashMap<>();
        read(FORMER_COMMUNES, cells -> currentByFormer.put(cells[0], cells[1]));
        Map<String, String> regionByDepartment = new HashMap<>();
        read(DEPARTMENTS, cells -> regionByDepartment.put(cells[0], cells[2]));
        return new Communes(currentByFormer, regionByDepartment);
    }

    /** Reads a generated resource: a header, then rows of unquoted ';'-separated cells. */
    private static void read(String resource, Consumer<String[]> row) {
        InputStream in = Communes.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " beside " + Communes.class.getName());
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            int columns = header == null ? 0 : header.split(";", -1).length;
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] cells = line.split(";", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ", line " + number + ": expected " + columns
                            + " cells, found " + cells.length);
                }
                row.accept(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    /** Lazy, thread-safe initialisation: the JVM loads this class on the first call to {@link #instance()}. */
    private static final class Holder {
        static final Communes INSTANCE = load();
    }
}
