package dev.camelsage.simulator;

import java.util.Locale;

/**
 * Sage issues keys as a braced GUID and expects them so ({@code apikey=%7B...%7D}, darrynten PR #67); the simulator
 * compares them without braces and without regard to case.
 */
final class ApiKeys {

    private ApiKeys() {
    }

    static String normalise(String key) {
        if (key == null) {
            return null;
        }
        String k = key.trim();
        if (isBraced(k)) {
            k = k.substring(1, k.length() - 1);
        }
        return k.toLowerCase(Locale.ROOT);
    }

    static boolean isBraced(String key) {
        if (key == null) {
            return false;
        }
        String k = key.trim();
        return k.length() > 2 && k.startsWith("{") && k.endsWith("}");
    }
}
