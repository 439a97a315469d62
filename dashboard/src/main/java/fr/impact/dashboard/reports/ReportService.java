package fr.impact.dashboard.reports;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.dashboard.system.Database;
import fr.impact.ingestion.config.ParkConfig;
import fr.impact.reports.ReportDataException;
import fr.impact.reports.ReportKind;
import fr.impact.reports.ReportRequest;
import fr.impact.reports.achats.AchatsExport;
import fr.impact.reports.brief.BriefReport;
import fr.impact.reports.canteen.CanteenReport;
import fr.impact.reports.feader.FeaderClaim;
import fr.impact.reports.feader.FeaderReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;

/**
 * Produces a report as {@code impact report} does (same classes, same request), into a
 * temporary folder, on a reader connection; answers its bytes and a French file name.
 */
@Service
class ReportService {

    /** A parameter the caller got wrong: HTTP 400. */
    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    /** What a report download answers. */
    record Download(String fileName, String contentType, byte[] bytes) {}

    /** What is asked for, as the query parameters give it (all may be null). */
    record Params(String kind, Integer year, String from, String to, String buyer, String project, String claim) {}

    private final Database db;
    private final ParkConfig park;

    ReportService(Database db, ParkConfig park) {
        this.db = db;
        this.park = park;
    }

    Download produce(Params p) throws BadRequest, ReportDataException, SQLException, IOException {
        ReportKind k = ReportKind.parse(p.kind()).filter(ReportKind::available)
                .orElseThrow(() -> new BadRequest("Type de rapport inconnu « " + p.kind() + " » (brief, feader, region, canteen, achats)."));
        String claim = blankToNull(p.claim());
        String buyer = blankToNull(p.buyer());
        String project = blankToNull(p.project());
        boolean claimOnly = k == ReportKind.FEADER && claim != null && p.year() == null
                && blankToNull(p.from()) == null && blankToNull(p.to()) == null;
        Period period = claimOnly ? null : period(p);
        LocalDate on = LocalDate.now(ZoneId.of("Europe/Paris"));
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Path dir = Files.createTempDirectory("impact-report-");
        try {
            ReportRequest first = new ReportRequest(period != null ? period : Period.year(on.getYear()),
                    Filters.NONE.withBuyer(buyer), Optional.ofNullable(project), on, dir);
            List<Path> files = db.read(c -> {
                try {
                    ReportRequest request = first;
                    if (claimOnly) {
                        request = new ReportRequest(FeaderClaim.claimPeriod(c, request.project(), claim),
                                request.filters(), request.project(), on, dir);
                    }
                    return switch (k) {
                        case BRIEF -> List.of(new BriefReport(c, park).write(request));
                        case FEADER -> new FeaderReport(c, park).write(request, Optional.ofNullable(claim)).all();
                        case REGION -> new fr.impact.reports.region.RegionReport(c, park).write(request).all();
                        case CANTEEN -> new CanteenReport(c, park).write(request).all();
                        case ACHATS -> {
                            AchatsExport export = new AchatsExport(c, park.beneficiaryName());
                            Path bilan = request.outputDir().resolve(request.file(k, "csv").getFileName().toString()
                                    .replace(".csv", "-bilan-simple.csv"));
                            export.writeBilanSimple(request.period(), request.filters().buyer(), bilan);
                            yield List.of(export.write(request.period(), request.filters().buyer(),
                                    request.file(k, "csv")).file(), bilan);
                        }
                    };
                } catch (ReportDataException e) {
                    throw new Wrapped(e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (files.size() == 1) {
                Path f = files.get(0);
                String name = f.getFileName().toString();
                return new Download(frenchName(k, name), contentType(name), Files.readAllBytes(f));
            }
            var bytes = new java.io.ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Path f : files) {
                    zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
                    Files.copy(f, zip);
                    zip.closeEntry();
                }
            }
            String base = files.get(0).getFileName().toString().replaceFirst("\\.[^.]+$", "");
            return new Download(frenchName(k, base + ".zip"), "application/zip", bytes.toByteArray());
        } catch (Wrapped w) {
            throw w.cause;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            delete(dir);
        }
    }

    /** A report-data failure carried through the reader lambda. */
    private static final class Wrapped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ReportDataException cause;

        Wrapped(ReportDataException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /** {@code canteen-2025-C12.pdf} → {@code rapport-cantine-2025-C12.pdf}. */
    static String frenchName(ReportKind k, String fileName) {
        String french = switch (k) {
            case BRIEF -> "synthese-elus";
            case FEADER -> "demande-paiement-feader";
            case REGION -> "bilan-region";
            case CANTEEN -> "rapport-cantine";
            case ACHATS -> "achats-ma-cantine";
        };
        String prefix = k.cliName();
        return fileName.startsWith(prefix) ? french + fileName.substring(prefix.length()) : french + "-" + fileName;
    }

    private static String contentType(String name) {
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (name.endsWith(".csv")) {
            return "text/csv;charset=UTF-8";
        }
        return "application/octet-stream";
    }

    private static Period period(Params p) throws BadRequest {
        String from = blankToNull(p.from());
        String to = blankToNull(p.to());
        boolean byYear = p.year() != null;
        boolean byDates = from != null || to != null;
        if (byYear == byDates || (byDates && (from == null || to == null))) {
            throw new BadRequest("Indiquez soit une année (year), soit une période (from et to).");
        }
        if (byYear) {
            if (p.year() < 1900 || p.year() > 9999) {
                throw new BadRequest("Année invalide : " + p.year() + ".");
            }
            return Period.year(p.year());
        }
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (end.isBefore(start)) {
            throw new BadRequest("La période est inversée : " + start + " est après " + end + ".");
        }
        return new Period(start, end);
    }

    private static LocalDate date(String s) throws BadRequest {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadRequest("Date invalide « " + s + " » (attendu AAAA-MM-JJ).");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // a temp file left behind is not worth failing the download
                }
            });
        } catch (IOException ignored) {
            // idem
        }
    }
}
