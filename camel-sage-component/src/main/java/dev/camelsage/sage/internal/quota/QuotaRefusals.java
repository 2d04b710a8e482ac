package dev.camelsage.sage.internal.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import dev.camelsage.sage.exception.SageAuthenticationException;
import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.quota.QuotaBlock;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;

/** The exceptions of requests the guard holds back: each says why nothing was sent and when to try again. */
final class QuotaRefusals {

    private QuotaRefusals() {
    }

    static SageRateLimitException blocked(QuotaRequest request, QuotaBlock block, Instant now) {
        QuotaKey key = request.key();
        return SageRateLimitException.heldBack("Sage has blocked API key " + key.apiKeyFingerprint() + " for "
                + companyText(key) + " until " + block.until() + " (" + block.reason() + "). camel-sage sends no"
                + " request for it before then, because each request during a block extends it; retry after "
                + block.until() + ".", block.until(), Duration.between(now, block.until()), block.reason(),
                request.entity(), request.operation(), companyId(key));
    }

    static SageRateLimitException heldBack(QuotaRequest request, Instant freeAt, boolean dailyLimitReached, Instant now) {
        QuotaLimits limits = request.limits();
        String limit = dailyLimitReached
                ? "the daily limit of " + limits.dailyRateLimit() + " requests is used up"
                : "all " + limits.rateLimit() + " requests of the " + human(limits.rateLimitPeriod())
                  + " window are in use or promised to requests waiting before it";
        return SageRateLimitException.heldBack("camel-sage held back a " + request.entity() + " "
                + request.operation() + " request for " + companyText(request.key()) + " to stay within Sage's"
                + " quota: " + limit + ", and no slot frees before " + freeAt + ", later than maxQuotaWait ("
                + human(limits.maxQuotaWait()) + ") allows. Nothing was sent; retry after " + freeAt
                + ", raise maxQuotaWait, or spread the load.", freeAt, Duration.between(now, freeAt),
                "Held back by camel-sage: " + limit,
                request.entity(), request.operation(), companyId(request.key()));
    }

    static SageAuthenticationException loginLocked(QuotaRequest request, Instant until, Instant now) {
        QuotaLimits limits = request.limits();
        return SageAuthenticationException.heldBack("Sage refused the credentials (username fingerprint "
                + request.login().usernameFingerprint() + ") " + limits.maxFailedLogins() + " times within an hour"
                + " (maxFailedLogins), or locked the username out, so camel-sage sends no request with them until "
                + until + " (" + human(Duration.between(now, until)) + " from now), to keep Sage from locking the user"
                + " out for 24 hours. Fix the username, password or API key of the endpoint; requests go again by"
                + " themselves after " + until + ".", request.entity(), request.operation(), companyId(request.key()));
    }

    static IllegalStateException stopping() {
        return new IllegalStateException("The sage component is stopping: this request waited for a free slot in the"
                                         + " Sage quota and was not sent");
    }

    static String human(Duration duration) {
        Duration rounded = duration.withNanos(0).plusSeconds(duration.getNano() > 0 ? 1 : 0);
        return rounded.toString().substring(2).toLowerCase(Locale.ROOT);
    }

    private static String companyText(QuotaKey key) {
        return "-".equals(key.companyId()) ? "calls without a company" : "company " + key.companyId();
    }

    private static String companyId(QuotaKey key) {
        return "-".equals(key.companyId()) ? null : key.companyId();
    }
}
