package dev.camelsage.sage.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.camelsage.sage.SageConfiguration;
import dev.camelsage.sage.SageOperation;
import dev.camelsage.sage.SageRegion;

/**
 * Checks an endpoint's options when its route starts, so a mistake fails there, with the option to fix, and never as
 * a wrong request to Sage.
 */
public final class SageOptionChecks {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[?[0-9a-fA-F:]+]?");

    private SageOptionChecks() {
    }

    /**
     * @param where the endpoint as messages name it, such as {@code sage:Customer}
     * @throws IllegalArgumentException naming the option and what to do
     */
    public static void check(String where, String entity, SageConfiguration configuration) {
        if (isBlank(configuration.getUsername()) || isBlank(configuration.getPassword())
                || isBlank(configuration.getApiKey())) {
            throw new IllegalArgumentException(where + " has no " + missingCredentials(configuration) + ": Sage needs a"
                                               + " username, password and apiKey on every request. Set them on the"
                                               + " endpoint or once on the component (camel.component.sage.username,"
                                               + " .password, .apiKey).");
        }
        if (configuration.getCompanyId() == null && !SageEntities.COMPANY.equals(entity)) {
            throw new IllegalArgumentException(where + " has no companyId: every Sage service but Company works on one"
                                               + " company. Set the companyId option (Company/Get lists the IDs).");
        }
        checkBaseUrl(where, configuration);
        if (configuration.getOperation() == SageOperation.delete) {
            checkDeletable(where, entity);
        }
        if (configuration.getConnectTimeout() <= 0 || configuration.getRequestTimeout() <= 0) {
            throw new IllegalArgumentException(where + " has a connectTimeout or requestTimeout that is not positive:"
                                               + " give each a duration such as 10s (an unbounded wait would hold the"
                                               + " exchange forever).");
        }
        configuration.getQueryParameters().keySet().stream()
                .filter(name -> name.equalsIgnoreCase("apikey") || name.equalsIgnoreCase("companyid"))
                .findFirst()
                .ifPresent(name -> {
                    throw new IllegalArgumentException(where + " sets query." + name + ": use the apiKey and companyId"
                                                       + " options instead.");
                });
    }

    /** Refuses a delete Sage has no action for, with what to do instead. */
    public static void checkDeletable(String where, String entity) {
        SageEntities.deleteRefusal(entity).ifPresent(advice -> {
            throw new IllegalArgumentException(where + " cannot delete: " + advice + ". Sage has no Delete for "
                                               + entity + ".");
        });
    }

    private static String missingCredentials(SageConfiguration configuration) {
        StringBuilder missing = new StringBuilder();
        if (isBlank(configuration.getUsername())) {
            missing.append("username");
        }
        if (isBlank(configuration.getPassword())) {
            missing.append(missing.isEmpty() ? "" : ", ").append("password");
        }
        if (isBlank(configuration.getApiKey())) {
            missing.append(missing.isEmpty() ? "" : ", ").append("apiKey");
        }
        return missing.toString();
    }

    private static void checkBaseUrl(String where, SageConfiguration configuration) {
        URI uri;
        try {
            uri = URI.create(configuration.resolvedBaseUrl());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " has a baseUrl that is not a URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException(where + " has baseUrl " + configuration.getBaseUrl()
                                               + ": use an https:// URL such as " + SageRegion.za.baseUrl()
                                               + ", or leave it out and set the region.");
        }
        if (scheme.equals("http") && !configuration.isAllowInsecureHttp() && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException(where + " would send the password in clear text to "
                                               + configuration.resolvedBaseUrl() + ": use https://, or set allowInsecureHttp=true"
                                               + " for a trusted test server.");
        }
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!IP_LITERAL.matcher(host).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
