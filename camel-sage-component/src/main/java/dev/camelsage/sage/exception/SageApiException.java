package dev.camelsage.sage.exception;

import java.util.List;
import java.util.Map;

import org.apache.camel.RuntimeCamelException;

/**
 * A call to the Sage Accounting API failed. Carries what a route needs to decide what to do next: the HTTP status,
 * Sage's own messages, the raw response (body and headers, as {@code HttpOperationFailedException} does), and which
 * entity, operation and company the call was for. Never carries a secret: the API key is removed from the body.
 */
public class SageApiException extends RuntimeCamelException {

    private final int statusCode;
    private final List<String> messages;
    private final String entity;
    private final String operation;
    private final String companyId;
    private final String responseBody;
    private final Map<String, List<String>> responseHeaders;

    public SageApiException(String message, int statusCode, List<String> messages, String entity, String operation,
                            String companyId) {
        this(message, statusCode, messages, entity, operation, companyId, null, null, null);
    }

    public SageApiException(String message, int statusCode, List<String> messages, String entity, String operation,
                            String companyId, Throwable cause) {
        this(message, statusCode, messages, entity, operation, companyId, null, null, cause);
    }

    public SageApiException(String message, int statusCode, List<String> messages, String entity, String operation,
                            String companyId, String responseBody, Map<String, List<String>> responseHeaders,
                            Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.messages = messages == null ? List.of() : List.copyOf(messages);
        this.entity = entity;
        this.operation = operation;
        this.companyId = companyId;
        this.responseBody = responseBody;
        this.responseHeaders = responseHeaders == null ? Map.of() : Map.copyOf(responseHeaders);
    }

    /** The HTTP status Sage answered with; 0 when no answer was received (or the request was never sent). */
    public int getStatusCode() {
        return statusCode;
    }

    /** Sage's messages from the response body, whatever shape the body had (JSON object, JSON string, plain text). */
    public List<String> getMessages() {
        return messages;
    }

    /** The Sage service (entity) the call was for, such as {@code Customer}. */
    public String getEntity() {
        return entity;
    }

    /** The operation of the call, such as {@code save}. */
    public String getOperation() {
        return operation;
    }

    /** The company the call was for; {@code null} for calls made without a company. */
    public String getCompanyId() {
        return companyId;
    }

    /** The response body as Sage sent it (text, the API key removed); {@code null} when there was no answer. */
    public String getResponseBody() {
        return responseBody;
    }

    /** The response headers as Sage sent them, by lower-case name; empty when there was no answer. */
    public Map<String, List<String>> getResponseHeaders() {
        return responseHeaders;
    }

    /** Whether sending the same request again later may succeed. */
    public boolean isRetryable() {
        return false;
    }
}
