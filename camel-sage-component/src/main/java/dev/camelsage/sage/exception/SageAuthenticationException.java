package dev.camelsage.sage.exception;

import java.util.List;

/**
 * HTTP 401, or a request the component refused to send because the same credentials failed too often.
 * {@link #getRejected()} says whether Sage refused the API key or the username and password.
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

    public SageAuthenticationException(String message, Rejected rejected, List<String> messages, String entity,
                                       String operation, String companyId) {
        super(message, 401, messages, entity, operation, companyId);
        this.rejected = rejected;
    }

    public Rejected getRejected() {
        return rejected;
    }
}
