package dev.camelsage.sage.exception;

import java.util.List;
import java.util.Map;

/**
 * HTTP 401, or a request the component refused to send because the same credentials failed too often
 * ({@link #isHeldBack()}). {@link #getRejected()} says whether Sage refused the API key or the username and password.
 */
public class SageAuthenticationException extends SageApiException {

    /** What was refused. */
    public enum Rejected {
        /** Sage answered {@code X-APIKey: Invalid}: the API key is wrong or revoked. */
        API_KEY,
        /** Sage refused the username or password. */
        CREDENTIALS
    }

    private final Rejected rejected;
    private final boolean heldBack;

    /** Sage answered 401. */
    public SageAuthenticationException(String message, Rejected rejected, List<String> messages, String entity,
                                       String operation, String companyId, String responseBody,
                                       Map<String, List<String>> responseHeaders) {
        super(message, 401, messages, entity, operation, companyId, responseBody, responseHeaders, null);
        this.rejected = rejected;
        this.heldBack = false;
    }

    private SageAuthenticationException(String message, String entity, String operation, String companyId) {
        super(message, 0, List.of(), entity, operation, companyId);
        this.rejected = Rejected.CREDENTIALS;
        this.heldBack = true;
    }

    /** A request camel-sage did not send, because its credentials failed too often within the hour. */
    public static SageAuthenticationException heldBack(String message, String entity, String operation,
                                                       String companyId) {
        return new SageAuthenticationException(message, entity, operation, companyId);
    }

    public Rejected getRejected() {
        return rejected;
    }

    /** {@code true} when camel-sage sent nothing (status code 0); {@code false} when Sage answered 401. */
    public boolean isHeldBack() {
        return heldBack;
    }
}
