package dev.camelsage.sage.exception;

import java.util.List;
import java.util.Map;

/** HTTP 404: no such record in this company (entities are bound to companies), or no such service or method. */
public class SageNotFoundException extends SageApiException {

    public SageNotFoundException(String message, List<String> messages, String entity, String operation, String companyId,
                                 String responseBody, Map<String, List<String>> responseHeaders) {
        super(message, 404, messages, entity, operation, companyId, responseBody, responseHeaders, null);
    }
}
