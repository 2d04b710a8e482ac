package dev.camelsage.sage;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.camel.util.URISupport;

/**
 * Takes the secret options out of an endpoint URI before Camel sees them, so the endpoint's URI, which Camel prints in
 * logs, route dumps, JMX and error messages, never holds them. Camel's own masking does not know every option name
 * (such as {@code apiKey} before 4.18) and its TRACE log of a new endpoint prints the raw parameters.
 */
final class SageUriSecrets {

    /** The secret options, lower case. */
    static final Set<String> SECRET_OPTIONS = Set.of("password", "apikey");

    /**
     * @param uri     the URI without secrets
     * @param secrets the secrets, decoded as Camel would decode them ({@code RAW(...)} included), by option name
     */
    record Split(String uri, Map<String, Object> secrets) {
    }

    private SageUriSecrets() {
    }

    static Split split(String uri) throws Exception {
        int question = uri.indexOf('?');
        if (question < 0) {
            return new Split(uri, Map.of());
        }
        Map<String, Object> raw = URISupport.parseQuery(uri.substring(question + 1), true);
        List<String> kept = new ArrayList<>();
        List<String> secretPairs = new ArrayList<>();
        raw.forEach((name, value) -> {
            List<?> values = value instanceof List<?> list ? list : List.of(value);
            for (Object single : values) {
                String pair = name + "=" + (single == null ? "" : single);
                (isSecret(name) ? secretPairs : kept).add(pair);
            }
        });
        if (secretPairs.isEmpty()) {
            return new Split(uri, Map.of());
        }
        Map<String, Object> secrets = new LinkedHashMap<>(URISupport.parseQuery(String.join("&", secretPairs), true));
        // as java.net.URI#getQuery decodes what Camel hands to a component: %XX escapes, '+' left as it is
        secrets.replaceAll((name, value) -> value instanceof String text && !text.startsWith("RAW")
                ? URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8) : value);
        URISupport.resolveRawParameterValues(secrets);
        String base = uri.substring(0, question);
        return new Split(kept.isEmpty() ? base : base + "?" + String.join("&", kept), secrets);
    }

    static boolean isSecret(String option) {
        return SECRET_OPTIONS.contains(option.toLowerCase(Locale.ROOT));
    }
}
