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
        checkNumbers(where, configuration);
        checkQuota(where, configuration);
        checkCombinations(where, configuration);
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

    private static void checkNumbers(String where, SageConfiguration configuration) {
        require(configuration.getCompanyId() == null || configuration.getCompanyId() >= 1, where, "companyId",
                configuration.getCompanyId(), "a Sage company ID, a whole number of at least 1");
        require(configuration.getId() == null || configuration.getId() >= 1, where, "id", configuration.getId(),
                "a Sage record ID, a whole number of at least 1");
        require(configuration.getTop() == null || configuration.getTop() >= 1, where, "top", configuration.getTop(),
                "at least 1, or left out to get every record");
        require(configuration.getSkip() == null || configuration.getSkip() >= 0, where, "skip", configuration.getSkip(),
                "0 or more");
        require(configuration.getProgressLogInterval() >= 0, where, "progressLogInterval",
                configuration.getProgressLogInterval(), "0 (no INFO lines) or more");
        require(configuration.getMaxMessagesPerPoll() >= 0, where, "maxMessagesPerPoll",
                configuration.getMaxMessagesPerPoll(), "0 (everything in one poll) or more");
        require(configuration.getPollReserve() >= 0, where, "pollReserve", configuration.getPollReserve(), "0 or more");
        require(configuration.getLookback() >= 0, where, "lookback", configuration.getLookback(), "0 or more");
        require(configuration.getProxyPort() == null || configuration.getProxyPort() >= 1
                && configuration.getProxyPort() <= 65535, where, "proxyPort", configuration.getProxyPort(),
                "a TCP port, 1 to 65535");
        require(configuration.getApiVersion() != null && configuration.getApiVersion().matches("[0-9]+(\\.[0-9]+)*"),
                where, "apiVersion", configuration.getApiVersion(), "a version such as 2.0.0");
    }

    /** Above Sage's documented limits, one request too many blocks the company for an hour. */
    private static void checkQuota(String where, SageConfiguration configuration) {
        if (configuration.isCustomQuota()) {
            return;
        }
        String unless = ", the most Sage allows; if Sage agreed other limits for your API key, also set customQuota=true";
        long windows = Math.max(1, (60_000 + configuration.getRateLimitPeriod() - 1) / Math.max(1, configuration.getRateLimitPeriod()));
        require(configuration.getRateLimit() * windows <= 100, where, "rateLimit", configuration.getRateLimit()
                + " per " + configuration.getRateLimitPeriod() + " ms", "at most 100 requests in any minute" + unless);
        require(configuration.getDailyRateLimit() <= 5_000, where, "dailyRateLimit", configuration.getDailyRateLimit(),
                "at most 5,000" + unless);
        require(configuration.getMaxFailedLogins() <= 19, where, "maxFailedLogins", configuration.getMaxFailedLogins(),
                "at most 19: Sage locks the username for 24 hours at 20 failed logins in an hour" + unless);
        require(configuration.getBlockDuration() >= 3_600_000, where, "blockDuration", configuration.getBlockDuration()
                + " ms", "at least an hour (3600000 ms or 1h): a request during Sage's block extends it" + unless);
    }

    private static void checkCombinations(String where, SageConfiguration configuration) {
        SageOperation operation = configuration.getOperation();
        if (configuration.isStreamResults() && operation != SageOperation.get) {
            throw new IllegalArgumentException(where + " has streamResults=true with operation=" + operation
                                               + ": only get returns a list to stream. Remove streamResults or use"
                                               + " operation=get.");
        }
        if (configuration.getHttpMethod() != null && operation != SageOperation.call) {
            throw new IllegalArgumentException(where + " has httpMethod=" + configuration.getHttpMethod()
                                               + " with operation=" + operation + ": httpMethod only applies to"
                                               + " operation=call. Remove it, or use operation=call with a method.");
        }
    }

    private static void require(boolean valid, String where, String option, Object value, String expected) {
        if (!valid) {
            throw new IllegalArgumentException(where + " has " + option + "=" + value + ", but it must be " + expected
                                               + ".");
        }
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
