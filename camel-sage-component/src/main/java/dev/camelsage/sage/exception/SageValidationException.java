package dev.camelsage.sage.exception;

import java.util.List;

/** HTTP 400: Sage refused the request, usually a validation rule; {@link #getMessages()} lists Sage's reasons. */
public class SageValidationException extends SageApiException {

    public SageValidationException(String message, List<String> messages, String entity, String operation,
                                   String companyId) {
        super(message, 400, messages, entity, operation, companyId);
    }
}
