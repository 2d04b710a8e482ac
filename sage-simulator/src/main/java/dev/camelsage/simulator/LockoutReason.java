package dev.camelsage.simulator;

/**
 * Where a 429 says why the request was refused. Sage's texts are documented ([LIMITS]); their place is not:
 * Tow-com-au reads the {@code X-RequestLimit-ExceededReason} header, and no capture shows a body.
 */
public enum LockoutReason {
    /** Only the {@code X-RequestLimit-ExceededReason} header; the body is empty. */
    HEADER,
    /** Only the body, {@code {"Message":"..."}}; no reason header. */
    BODY,
    /** Both (the default). */
    BOTH
}
