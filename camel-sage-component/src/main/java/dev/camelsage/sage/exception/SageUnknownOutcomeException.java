package dev.camelsage.sage.exception;

import java.util.List;

/**
 * A create ({@code save} without an {@code ID}) was sent but no answer came back: Sage may or may not have saved it.
 * Sending it again blindly could create a duplicate; the component looks for the record first (see the
 * {@code reconcileBy} option) before any retry.
 */
public class SageUnknownOutcomeException extends SageApiException {

    public SageUnknownOutcomeException(String message, String entity, String operation, String companyId,
                                       Throwable cause) {
        super(message, 0, List.of(), entity, operation, companyId, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
