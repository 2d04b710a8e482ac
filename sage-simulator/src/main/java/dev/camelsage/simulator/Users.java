package dev.camelsage.simulator;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The logins the simulator accepts, changeable while it runs, e.g. a password changed at Sage while a route still
 * sends the old one: its requests get 401 (marked {@link FaultKind#CREDENTIALS_CHANGED} in the journal), and 20 of
 * them in an hour lock the username for 24 hours, as Sage does.
 */
public final class Users {

    private final Map<String, UserAccount> configured;
    private final Map<String, UserAccount> current = new ConcurrentHashMap<>();

    Users(Map<String, UserAccount> configured) {
        this.configured = Map.copyOf(configured);
        current.putAll(configured);
    }

    /** From now on the login needs {@code newPassword}; the old one is refused. */
    public void changePassword(String username, String newPassword) {
        Objects.requireNonNull(newPassword, "newPassword");
        current.compute(key(username), (k, user) -> {
            if (user == null) {
                throw new IllegalArgumentException("No login '" + username + "'; known: " + configured.keySet());
            }
            Set<String> former = new HashSet<>(user.formerPasswords());
            former.add(user.password());
            former.remove(newPassword);
            return new UserAccount(user.username(), newPassword, user.companyIds(), Set.copyOf(former));
        });
    }

    UserAccount find(String username) {
        return current.get(key(username));
    }

    /** Back to the logins the builder configured. */
    void reset() {
        current.clear();
        current.putAll(configured);
    }

    Iterable<UserAccount> all() {
        return current.values();
    }

    private static String key(String username) {
        return Objects.requireNonNull(username, "username").toLowerCase(Locale.ROOT);
    }
}
