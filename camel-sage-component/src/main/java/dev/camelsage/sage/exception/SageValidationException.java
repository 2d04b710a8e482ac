package dev.camelsage.sage.exception;

import java.util.List;
import java.util.Map;

/** HTTP 400: Sage refused the request, usually a validation rule; {@link #getMessages()} lists Sage's reasons. */
public class SageValidationException extends SageApiException {

    public SageValidationException(String message, List<String> messages, String entity, String operation, String companyId,
                                   String responseBody, Map<String, List<String>> responseHeaders) {
        super(message, 400, messages, entity, operation, companyId, responseBody, responseHeaders, null);
    }
}
