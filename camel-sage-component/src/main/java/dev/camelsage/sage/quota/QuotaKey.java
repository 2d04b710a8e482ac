package dev.camelsage.sage.quota;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One Sage quota: Sage counts requests per API key and company. The key is held as a fingerprint, never as the
 * secret itself, so quota state can be logged, shown and stored elsewhere safely.
 *
 * @param baseUrl           the Sage installation, normalised (lower-case scheme and host, no default port, no
 *                          trailing slash), so two spellings of one installation share one quota
 * @param apiKeyFingerprint a one-way fingerprint of the API key as sent (see {@link #fingerprint(String)})
 * @param companyId         the company; {@code "-"} for calls made without one (such as {@code Company/Get})
 */
public record QuotaKey(String baseUrl, String apiKeyFingerprint, String companyId) implements Serializable {

    /** A short, stable, one-way fingerprint of a secret: enough to tell keys apart, useless to call Sage with. */
    public static String fingerprint(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(secret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The quota as logs show it: {@code company 1 of API key 3f2a...}. */
    public String describe() {
        return ("-".equals(companyId) ? "calls without a company" : "company " + companyId) + " of API key "
               + apiKeyFingerprint + " at " + baseUrl;
    }
}
