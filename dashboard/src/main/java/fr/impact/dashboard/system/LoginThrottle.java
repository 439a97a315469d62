package fr.impact.dashboard.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins for one user name
 * within {@link #WINDOW}, that name is refused for {@link #LOCK} (form and HTTP Basic alike),
 * whatever the password. A successful login clears the count. Kept in memory: a restart forgets it.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration LOCK = Duration.ofMinutes(10);
    static final int MAX_NAMES = 10_000;

    /** One user name's recent failures and, when locked, until when. */
    private static final class Attempts {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lockedUntil;
    }

    private final Map<String, Attempts> byName = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether {@code name} is refused for now. */
    boolean locked(String name) {
        Attempts a = byName.get(key(name));
        if (a == null) {
            return false;
        }
        synchronized (a) {
            return a.lockedUntil != null && clock.instant().isBefore(a.lockedUntil);
        }
    }

    void failed(String name) {
        Instant now = clock.instant();
        if (byName.size() > MAX_NAMES) {
            forgetOldNames(now);
        }
        Attempts a = byName.computeIfAbsent(key(name), k -> new Attempts());
        synchronized (a) {
            if (a.lockedUntil != null && now.isBefore(a.lockedUntil)) {
                return;
            }
            a.lockedUntil = null;
            while (!a.failures.isEmpty() && a.failures.peekFirst().isBefore(now.minus(WINDOW))) {
                a.failures.removeFirst();
            }
            a.failures.addLast(now);
            if (a.failures.size() >= MAX_FAILURES) {
                a.lockedUntil = now.plus(LOCK);
                a.failures.clear();
            }
        }
    }

    void succeeded(String name) {
        byName.remove(key(name));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent e) {
        failed(e.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent e) {
        succeeded(e.getAuthentication().getName());
    }

    /** Guessed names would otherwise pile up: drop those with no lock and no recent failure. */
    private void forgetOldNames(Instant now) {
        byName.values().removeIf(a -> {
            synchronized (a) {
                boolean lockOver = a.lockedUntil == null || !now.isBefore(a.lockedUntil);
                Instant last = a.failures.peekLast();
                return lockOver && (last == null || last.isBefore(now.minus(WINDOW)));
            }
        });
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
