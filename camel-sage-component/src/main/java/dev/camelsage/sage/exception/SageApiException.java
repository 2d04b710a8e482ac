package dev.camelsage.sage.exception;

import java.util.List;

import org.apache.camel.RuntimeCamelException;

/**
 * A call to the Sage Accounting API failed. Carries what a route needs to decide what to do next: the HTTP status,
 * Sage's own messages, and which entity, operation and company the call was for. Never carries a secret.
 */
public class SageApiException extends RuntimeCamelException {

    private final int statusCode;
    private final List<String> messages;
    private final String entity;
    private final String operation;
    private final String companyId;

    public SageApiException(String message, int statusCode, List<String> messages, String entity, String operation,
                            String companyId) {
        this(message, statusCode, messages, entity, operation, companyId, null);
    }

    public SageApiException(String message, int statusCode, List<String> messages, String entity, String operation,
                            String companyId, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.messages = messages == null ? List.of() : List.copyOf(messages);
        this.entity = entity;
        this.operation = operation;
        this.companyId = companyId;
    }

    /** The HTTP status Sage answered with; 0 when no answer was received. */
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

    /** Whether sending the same request again later may succeed. */
    public boolean isRetryable() {
        return false;
    }
}
