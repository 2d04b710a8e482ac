package dev.camelsage.sage.internal.client;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.camelsage.sage.quota.LoginKey;
import dev.camelsage.sage.quota.QuotaKey;
import dev.camelsage.sage.quota.QuotaLimits;

/**
 * What the client needs to know from the endpoint's options, normalised: the base URL as one quota key spells it
 * (lower-case scheme and host, no default port, no trailing slash), and the API key as Sage expects it (a bare GUID
 * gets its braces). {@link #toString()} shows no secret.
 *
 * @param baseUrl        the Sage installation, such as {@code https://accounting.sageone.co.za}
 * @param apiVersion     such as {@code 2.0.0}
 * @param username       the login
 * @param password       its password
 * @param apiKey         the API key as sent
 * @param connectTimeout how long a connection may take
 * @param requestTimeout how long an answer may take once sent
 * @param limits         the quota limits
 */
public record SageApiSettings(String baseUrl, String apiVersion, String username, String password, String apiKey,
                              Duration connectTimeout, Duration requestTimeout, QuotaLimits limits) {

    private static final Pattern BARE_GUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    public SageApiSettings {
        baseUrl = normalizeBaseUrl(baseUrl);
        apiKey = apiKeyAsSent(apiKey);
    }

    /** {@code HTTPS://Accounting.SageOne.co.za:443/} and {@code https://accounting.sageone.co.za} are one installation. */
    static String normalizeBaseUrl(String baseUrl) {
        URI uri;
        try {
            uri = new URI(baseUrl.trim());
        } catch (Exception e) {
            throw new IllegalArgumentException("baseUrl is not a URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("https") && port == 443 || scheme.equals("http") && port == 80;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
    }

    /** Sage expects the key as issued, with braces; a bare GUID gets them. */
    static String apiKeyAsSent(String apiKey) {
        String key = apiKey == null ? null : apiKey.trim();
        return key != null && BARE_GUID.matcher(key).matches() ? "{" + key + "}" : key;
    }

    /** The quota this client spends for a company. */
    public QuotaKey quotaKey(Long companyId) {
        return new QuotaKey(baseUrl, QuotaKey.fingerprint(apiKey), companyId == null ? "-" : String.valueOf(companyId));
    }

    /** The credentials Sage counts failed logins for. */
    public LoginKey loginKey() {
        return new LoginKey(baseUrl, QuotaKey.fingerprint(username == null ? "" : username.toLowerCase(Locale.ROOT)));
    }

    /** The longest a request can be in flight: connecting, then waiting for the whole answer. */
    public Duration leaseTime() {
        return connectTimeout.plus(requestTimeout).plusSeconds(1);
    }

    /** The text with every form of the API key replaced, for bodies and messages that may echo a request URL. */
    public String redact(String text) {
        if (text == null || apiKey == null || apiKey.isEmpty()) {
            return text;
        }
        String redacted = text;
        for (String form : new String[] { apiKey, URLEncoder.encode(apiKey, StandardCharsets.UTF_8),
                apiKey.replaceAll("[{}]", "") }) {
            if (!form.isEmpty()) {
                redacted = redacted.replace(form, "xxxxxx");
            }
        }
        return redacted;
    }

    @Override
    public String toString() {
        return "SageApiSettings[baseUrl=" + baseUrl + ", apiVersion=" + apiVersion + "]";
    }
}
