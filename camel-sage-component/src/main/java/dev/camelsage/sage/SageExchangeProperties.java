package dev.camelsage.sage;

import java.time.Instant;

/**
 * What a {@code sage:} producer leaves on the exchange for error handlers, such as {@link SageErrorHandling}: whether
 * the failed request may be sent again, and when an unconfirmed create was first sent.
 */
public final class SageExchangeProperties {

    /**
     * Exchange property, {@code Boolean}: whether the last Sage request of the exchange can be sent again without
     * creating a second record: lists, reads, updates, deletes, calls Sage documents as safe, creates with
     * {@code reconcileBy} (each attempt looks for the record first), and any request Sage answered 503 (maintenance:
     * nothing was processed).
     */
    public static final String REPEATABLE = "CamelSageRepeatable";

    /**
     * Exchange property, {@link Instant}: when a create with {@code reconcileBy} was first sent; removed once it
     * succeeds. Every later attempt first looks for the record created since then.
     */
    public static final String CREATE_ATTEMPT = "CamelSageCreateAttempt";

    /**
     * Exchange property, {@code Boolean}: a delete of the exchange was sent and got no answer, so Sage may have
     * deleted the record. A 404 to the next attempt then means the record is gone, as wanted, and the delete succeeds
     * with {@link SageConstants#ALREADY_DELETED}.
     */
    public static final String DELETE_UNANSWERED = "CamelSageDeleteUnanswered";

    private SageExchangeProperties() {
    }
}
