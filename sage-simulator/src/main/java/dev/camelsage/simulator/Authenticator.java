package dev.camelsage.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/** Checks the API key and the HTTP Basic login the way Sage answers them (401 shapes, failed-login blocks). */
final class Authenticator {

    static final String DENIED = "Authorization has been denied for this request.";

    private final Users users;
    private final Set<String> apiKeys;
    private final QuotaTracker quota;
    private final boolean acceptBareApiKey;

    Authenticator(Users users, Set<String> apiKeys, QuotaTracker quota, boolean acceptBareApiKey) {
        this.users = users;
        this.apiKeys = apiKeys;
        this.quota = quota;
        this.acceptBareApiKey = acceptBareApiKey;
    }

    /** Notes who the request claims to be, for the journal, before any check can refuse it. */
    static void identify(SageRequest request) {
        request.apiKey = ApiKeys.normalise(request.param("apikey"));
        String[] credentials = basicCredentials(request.header("authorization"));
        request.username = credentials == null ? null : credentials[0];
    }

    /** Returns the authenticated user or throws the answer Sage would give. */
    UserAccount authenticate(SageRequest request) {
        String key = request.apiKey;
        boolean braced = ApiKeys.isBraced(request.param("apikey"));
        if (key == null || !apiKeys.contains(key) || !braced && !acceptBareApiKey) {
            throw new SageError(IisPages.badApiKey());
        }
        String[] credentials = basicCredentials(request.header("authorization"));
        if (credentials == null) {
            throw denied();
        }
        if (credentials[0].isBlank()) {
            throw new SageError(SageResponse.text(400, "text/plain; charset=utf-8", "Username is Required."));
        }
        String username = credentials[0].toLowerCase(Locale.ROOT);
        quota.checkLoginBlock(request, username);
        UserAccount user = users.find(username);
        if (user == null || !user.password().equals(credentials[1])) {
            if (user != null && user.formerPasswords().contains(credentials[1])) {
                request.faults.add(FaultKind.CREDENTIALS_CHANGED);
            }
            quota.failedLogin(request, username);
            throw denied();
        }
        return user;
    }

    private static SageError denied() {
        return new SageError(SageResponse.message(401, DENIED).header("WWW-Authenticate", "Basic"));
    }

    private static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
