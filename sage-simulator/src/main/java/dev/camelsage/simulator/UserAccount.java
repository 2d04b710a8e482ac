package dev.camelsage.simulator;

import java.util.Set;

/** A Sage login and the companies it may see. */
record UserAccount(String username, String password, Set<Long> companyIds) {
}
