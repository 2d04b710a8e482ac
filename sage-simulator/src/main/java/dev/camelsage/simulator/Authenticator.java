package dev.camelsage.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks the API key and the HTTP Basic login the way Sage answers them (401 shapes, failed-login blocks). */
final class Authenticator {

    static final String DENIED = "Authorization has been denied for this request.";
    private static final String BAD_KEY_PAGE = "<!DOCTYPE html><html><head><title>401 - Unauthorized</title></head>"
            + "<body><h2>401 - Unauthorized: Access is denied due to invalid credentials.</h2></body></html>";

    private final Map<String, UserAccount> users;
    private final Set<String> apiKeys;
    private final QuotaTracker quota;

    Authenticator(Map<String, UserAccount> users, Set<String> apiKeys, QuotaTracker quota) {
        this.users = users;
        this.apiKeys = apiKeys;
        this.quota = quota;
    }

    /** Notes who the request claims to be, for the journal, before any check can refuse it. */
    static void identify(SageRequest request) {
        request.apiKey = ApiKeys.normalise(request.param("apikey"));
        String[] credentials = basicCredentials(request.header("authorization"));
        request.username = credentials == null ? null : credentials[0];
    }

    /** Returns the authenticated user or throws the answer Sage would give. */
    UserAccount authenticate(SageRequest request) {
        identify(request);
        String key = request.apiKey;
        String[] credentials = basicCredentials(request.header("authorization"));
        if (key == null || !apiKeys.contains(key)) {
            throw new SageError(SageResponse.text(401, "text/html", BAD_KEY_PAGE).header("X-APIKey", "Invalid"));
        }
        if (credentials == null) {
            throw denied();
        }
        if (credentials[0].isBlank()) {
            throw new SageError(SageResponse.text(400, "text/plain", "Username is Required."));
        }
        String username = credentials[0].toLowerCase(Locale.ROOT);
        quota.checkLoginBlock(request, username);
        UserAccount user = users.get(username);
        if (user == null || !user.password().equals(credentials[1])) {
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
