package dev.camelsage.simulator;

import java.util.Set;

/**
 * A Sage login and the companies it may see.
 *
 * @param formerPasswords passwords this login had before {@link Users#changePassword}, to name the fault in the journal
 */
record UserAccount(String username, String password, Set<Long> companyIds, Set<String> formerPasswords) {

    UserAccount(String username, String password, Set<Long> companyIds) {
        this(username, password, companyIds, Set.of());
    }
}
