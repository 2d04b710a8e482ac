package dev.camelsage.sage.exception;

import java.util.List;
import java.util.Map;

/** HTTP 409: the record cannot be deleted while other records use it (a customer with invoices, an item on a line). */
public class SageConflictException extends SageApiException {

    public SageConflictException(String message, List<String> messages, String entity, String operation, String companyId,
                                 String responseBody, Map<String, List<String>> responseHeaders) {
        super(message, 409, messages, entity, operation, companyId, responseBody, responseHeaders, null);
    }
}
