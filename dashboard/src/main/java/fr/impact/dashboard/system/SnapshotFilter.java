package fr.impact.dashboard.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One read transaction per request: every figure of a page or an API document comes from the
 * same committed state, even while an import commits in between two of its queries (and
 * {@link ReadCache} serves it only values of that state).
 */
@Component
class SnapshotFilter extends OncePerRequestFilter {

    private final Database db;
    private final ReadCache cache;

    SnapshotFilter(Database db, ReadCache cache) {
        this.db = db;
        this.cache = cache;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        cache.beginRequest(); // before the first read: the snapshot is this state or a later one
        db.beginSnapshot();
        try {
            chain.doFilter(request, response);
        } finally {
            db.endSnapshot();
            cache.endRequest();
        }
    }
}
