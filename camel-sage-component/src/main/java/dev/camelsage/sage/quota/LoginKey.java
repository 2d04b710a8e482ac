package dev.camelsage.sage.quota;

/**
 * The credentials Sage counts failed logins for: one username at one Sage installation. Sage locks a username out
 * for 24 hours after 20 failed logins in an hour, whatever API key or company it was used with.
 */
public record LoginKey(String baseUrl, String username) {

    static LoginKey of(QuotaRequest request) {
        return new LoginKey(request.key().baseUrl(), request.username() == null ? "" : request.username());
    }
}
