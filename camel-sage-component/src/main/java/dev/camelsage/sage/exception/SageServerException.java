package dev.camelsage.sage.exception;

import java.util.List;

/** HTTP 500, 503 (scheduled maintenance) or another 5xx: a fault on Sage's side that may pass. */
public class SageServerException extends SageApiException {

    public SageServerException(String message, int statusCode, List<String> messages, String entity, String operation,
                               String companyId) {
        super(message, statusCode, messages, entity, operation, companyId);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
