package dev.camelsage.simulator;

/** A fault the simulator injected into a request, as the journal records it ({@link JournalEntry#faults()}). */
public enum FaultKind {
    /** {@link Faults#latency}: every request waited before it was processed. */
    LATENCY,
    /** {@link Faults#delayBeforeProcessing}: this request waited before it was processed (it may still commit). */
    DELAY_BEFORE_PROCESSING,
    /** {@link Faults#maintenance} or {@link Faults#maintenanceWindow}: 503 with Sage's maintenance message. */
    MAINTENANCE,
    /** {@link Faults#serviceUnavailableRate}: 503 with the web server's HTML page, before any processing. */
    SERVICE_UNAVAILABLE,
    /** {@link Faults#connectionResetRate}: the connection was closed without processing or answering anything. */
    CONNECTION_RESET,
    /** {@link Faults#serverErrorRate}: 500 {"Message":"An error has occurred."}, before the method ran. */
    SERVER_ERROR,
    /** {@link Faults#forceBlock}: 429 because of a block forced on the key and company. */
    FORCED_BLOCK,
    /** {@link Faults#lockUsername}: 429 because of a username lock-out forced by the test. */
    FORCED_LOGIN_LOCK,
    /** {@link Users#changePassword}: 401 for a password that was right before it was changed. */
    CREDENTIALS_CHANGED,
    /** {@link Faults#dropConnectionAfterSave} or {@link Faults#dropAnswerAfterCommitRate}: committed, then no answer. */
    ANSWER_DROPPED,
    /** {@link Faults#delayAfterProcessing}: processed (and committed, if it wrote), then the answer waited. */
    DELAY_AFTER_PROCESSING
}
