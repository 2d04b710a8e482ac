package dev.camelsage.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sage's request limits: per (API key, company) a sliding window, a daily count and a block that every request made
 * during it extends; per username a count of failed logins that blocks the username.
 */
final class QuotaTracker {

    static final String WINDOW_MESSAGE =
            "Your IP address has exceeded the allowed number of transactions per minute and has been blocked for 1 hour";
    static final String DAILY_MESSAGE =
            "Your API key has exceeded the allowed number of transactions per day for this company";
    static final String LOGIN_MESSAGE =
            "Your Username has exceeded the allowed number of login attempts and has been blocked for 24 hours";

    private static final Duration LOGIN_WINDOW = Duration.ofHours(1);

    private volatile QuotaSettings settings;
    /** Whether a test forced a block; then even unlimited settings must look the key up. */
    private volatile boolean forced;
    private final Map<String, KeyState> keys = new HashMap<>();
    private final Map<String, LoginState> logins = new ConcurrentHashMap<>();

    QuotaTracker(QuotaSettings settings) {
        this.settings = settings;
    }

    void settings(QuotaSettings settings) {
        this.settings = settings;
    }

    QuotaSettings settings() {
        return settings;
    }

    synchronized void clear() {
        keys.clear();
        logins.clear();
        forced = false;
    }

    /** Counts the request against its key and company; throws the 429 answer when it must be refused. */
    void admit(SageRequest request, String apiKey, long companyId) {
        if (!forced && settings.requestsPerWindow() == Integer.MAX_VALUE && settings.requestsPerDay() == Integer.MAX_VALUE) {
            return; // unlimited: nothing to count, and no lock for every request to queue on
        }
        count(request, apiKey, companyId);
    }

    /** Blocks the key in the company from {@code now}, as going over the window would; every request extends it. */
    synchronized void forceBlock(String apiKey, long companyId, Instant now, Duration block) {
        KeyState state = keys.computeIfAbsent(apiKey + "/" + companyId, k -> new KeyState());
        state.blockedUntil = now.plus(block);
        state.blockLength = block;
        state.forced = true;
        forced = true;
    }

    /** Lifts the blocks and lock-outs a test forced; the ones the limits caused stay. */
    synchronized void liftForced() {
        keys.values().stream().filter(k -> k.forced).forEach(k -> {
            k.blockedUntil = null;
            k.forced = false;
        });
        logins.values().stream().filter(l -> l.forced).forEach(l -> {
            l.blockedUntil = null;
            l.forced = false;
        });
    }

    /** Locks the username from {@code now}, as too many failed logins would. */
    synchronized void forceLoginLock(String username, Instant now, Duration lockOut) {
        LoginState state = logins.computeIfAbsent(username.toLowerCase(Locale.ROOT), u -> new LoginState());
        state.blockedUntil = now.plus(lockOut);
        state.forced = true;
    }

    private synchronized void count(SageRequest request, String apiKey, long companyId) {
        QuotaSettings s = settings;
        Instant now = request.arrival;
        KeyState state = keys.computeIfAbsent(apiKey + "/" + companyId, k -> new KeyState());
        if (state.blockedUntil != null && now.isBefore(state.blockedUntil)) {
            // Sage: "Do not continue to make requests as this may extend the blocking period."
            state.blockedUntil = now.plus(state.blockLength);
            request.whileBlocked = true;
            if (state.forced) {
                request.faults.add(FaultKind.FORCED_BLOCK);
            }
            throw tooMany(WINDOW_MESSAGE, state.blockedUntil, now, s);
        }
        state.forced = false;
        if (s.requestsPerWindow() != Integer.MAX_VALUE) {
            Instant windowStart = now.minus(s.window());
            while (!state.arrivals.isEmpty() && !state.arrivals.peekFirst().isAfter(windowStart)) {
                state.arrivals.pollFirst();
            }
            state.arrivals.addLast(now);
            if (state.arrivals.size() > s.requestsPerWindow()) {
                state.blockedUntil = now.plus(s.blockDuration());
                state.blockLength = s.blockDuration();
                throw tooMany(WINDOW_MESSAGE, state.blockedUntil, now, s);
            }
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (!today.equals(state.day)) {
            state.day = today;
            state.dayCount = 0;
        }
        if (state.dayCount >= s.requestsPerDay()) {
            throw tooMany(DAILY_MESSAGE, today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), now, s);
        }
        state.dayCount++;
    }

    /** Refuses a username that is blocked for failed logins, whatever password it sends now. */
    void checkLoginBlock(SageRequest request, String username) {
        LoginState state = logins.get(username);
        if (state == null) {
            return;
        }
        synchronized (this) {
            checkBlocked(request, state);
        }
    }

    private void checkBlocked(SageRequest request, LoginState state) {
        if (state.blockedUntil != null && request.arrival.isBefore(state.blockedUntil)) {
            request.whileBlocked = true;
            if (state.forced) {
                request.faults.add(FaultKind.FORCED_LOGIN_LOCK);
            }
            throw tooMany(LOGIN_MESSAGE, state.blockedUntil, request.arrival, settings);
        }
    }

    /** Counts a wrong password; the attempt that goes over the hourly limit blocks the username and is answered 429. */
    synchronized void failedLogin(SageRequest request, String username) {
        QuotaSettings s = settings;
        Instant now = request.arrival;
        LoginState state = logins.computeIfAbsent(username, u -> new LoginState());
        Instant hourStart = now.minus(LOGIN_WINDOW);
        while (!state.failures.isEmpty() && !state.failures.peekFirst().isAfter(hourStart)) {
            state.failures.pollFirst();
        }
        state.failures.addLast(now);
        state.forced = false;
        if (state.failures.size() > s.failedLoginsPerHour()) {
            state.blockedUntil = now.plus(s.loginBlockDuration());
            state.failures.clear();
            throw tooMany(LOGIN_MESSAGE, state.blockedUntil, now, s);
        }
    }

    private static SageError tooMany(String message, Instant until, Instant now, QuotaSettings s) {
        LockoutReason where = s.lockoutReason();
        SageResponse response = where == LockoutReason.HEADER ? SageResponse.empty(429) : SageResponse.message(429, message);
        if (where != LockoutReason.BODY) {
            response.header("X-RequestLimit-ExceededReason", message);
        }
        if (s.sendRetryAfter()) {
            long seconds = Math.max(1, Duration.between(now, until).toSeconds());
            response.header("Retry-After", Long.toString(seconds));
        }
        return new SageError(response);
    }

    private static final class KeyState {
        final Deque<Instant> arrivals = new ArrayDeque<>();
        Instant blockedUntil;
        Duration blockLength = Duration.ZERO;
        boolean forced;
        LocalDate day;
        int dayCount;
    }

    private static final class LoginState {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant blockedUntil;
        boolean forced;
    }
}
