package dev.camelsage.simulator;

import java.util.Locale;

/** Sage issues keys as a braced GUID but parses them like .NET's Guid: braces optional, case-insensitive. */
final class ApiKeys {

    private ApiKeys() {
    }

    static String normalise(String key) {
        if (key == null) {
            return null;
        }
        String k = key.trim();
        if (k.startsWith("{") && k.endsWith("}")) {
            k = k.substring(1, k.length() - 1);
        }
        return k.toLowerCase(Locale.ROOT);
    }
}
