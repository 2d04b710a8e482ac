package dev.camelsage.sage.quota;

/**
 * The right to send one request. Exactly one of the two methods is called once the request is over, so the guard
 * can count it, learn from a 429 or 401, and free the slot.
 */
public interface QuotaPermit {

    /**
     * Sage answered.
     *
     * @param statusCode     the HTTP status
     * @param retryAfter     the {@code Retry-After} header, or {@code null}
     * @param exceededReason the {@code X-RequestLimit-ExceededReason} header, or {@code null}
     */
    void completed(int statusCode, String retryAfter, String exceededReason);

    /** No answer came (I/O error, timeout): the request may still have reached Sage and counts as sent. */
    void failed();
}
