package dev.camelsage.sage.quota;

import java.io.Serializable;

/**
 * The credentials Sage counts failed logins for: one username at one Sage installation. Sage locks a username out
 * for 24 hours after 20 failed logins in an hour, whatever API key or company it was used with. The username is held
 * as a fingerprint (see {@link QuotaKey#fingerprint}), as it is personal data.
 *
 * @param baseUrl             the Sage installation, normalised
 * @param usernameFingerprint a one-way fingerprint of the username
 */
public record LoginKey(String baseUrl, String usernameFingerprint) implements Serializable {
}
