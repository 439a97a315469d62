package fr.impact.dashboard.board;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Indicators;
import fr.impact.analytics.Period;
import fr.impact.dashboard.charts.Figure;
import fr.impact.dashboard.charts.FigureCache;
import fr.impact.dashboard.charts.LocalShareCharts;
import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.PublicBoard;
import fr.impact.dashboard.system.Texts;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /tableau} and its chart {@code GET /tableau/part-locale.png}: open to anyone
 * while the board is switched on, "page not found" otherwise. Totals only: the sales, the
 * local share, the euros paid to local producers, how many local producers and canteens —
 * never a buyer's or a producer's name (a canteen's purchases are its own business, and
 * with few producers in a family a name would give away their turnover).
 */
@Controller
class BoardController {

    static final String VIEW = "board/board";

    private final PublicBoard board;
    private final Database db;
    private final FigureCache cache;
    private final Texts texts;

    BoardController(PublicBoard board, Database db, FigureCache cache, Texts texts) {
        this.board = board;
        this.db = db;
        this.cache = cache;
        this.texts = texts;
    }

    @GetMapping("/tableau")
    String board(Model model) throws SQLException {
        requireOn();
        Optional<Period> period = db.read(c -> new Analytics(c).salesPeriod()).map(d -> Period.year(latestFullYear(d)));
        model.addAttribute("hasData", period.isPresent());
        if (period.isPresent()) {
            Period p = period.get();
            Indicators now = db.read(c -> new Analytics(c).indicators(p, Filters.NONE));
            model.addAttribute("year", p.from().getYear());
            model.addAttribute("now", now);
            model.addAttribute("chart", cache.figure("tableau/" + p.from().getYear(), c -> chart(new Analytics(c), p, texts)));
        }
        return VIEW;
    }

    @GetMapping("/tableau/part-locale.png")
    ResponseEntity<byte[]> png() throws SQLException {
        requireOn();
        Optional<Period> period = db.read(c -> new Analytics(c).salesPeriod()).map(d -> Period.year(latestFullYear(d)));
        if (period.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Period p = period.get();
        return Figure.png(cache.png("tableau/" + p.from().getYear(), c -> chart(new Analytics(c), p, texts)));
    }

    private void requireOn() {
        if (!board.enabled()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    static Figure chart(Analytics a, Period p, Texts t) throws SQLException {
        return LocalShareCharts.byMonth(a, p, Filters.NONE, t.get("board.chart.title", p.from().getYear()), null, t);
    }

    /** The last calendar year the data covers to its end, else the year before the last sale (as the overview). */
    static int latestFullYear(Period data) {
        LocalDate last = data.to();
        int y = MonthDay.from(last).equals(MonthDay.of(12, 31)) ? last.getYear() : last.getYear() - 1;
        return Math.max(y, data.from().getYear());
    }
}
