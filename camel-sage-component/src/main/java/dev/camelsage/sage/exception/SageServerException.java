package dev.camelsage.sage.exception;

import java.util.List;
import java.util.Map;

/** HTTP 500, 503 (scheduled maintenance) or another 5xx: a fault on Sage's side that may pass. */
public class SageServerException extends SageApiException {

    public SageServerException(String message, int statusCode, List<String> messages, String entity, String operation,
                               String companyId, String responseBody, Map<String, List<String>> responseHeaders) {
        super(message, statusCode, messages, entity, operation, companyId, responseBody, responseHeaders, null);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
