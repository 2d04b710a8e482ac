package dev.camelsage.sage.quota;

/**
 * One Sage quota: Sage counts requests per API key and company. The key is held as a fingerprint, never as the
 * secret itself, so quota state can be logged, shown and stored elsewhere safely.
 *
 * @param baseUrl           the Sage installation, so two installations never share a quota
 * @param apiKeyFingerprint a one-way fingerprint of the API key (see {@link #fingerprint(String)})
 * @param companyId         the company; {@code "-"} for calls made without one (such as {@code Company/Get})
 */
public record QuotaKey(String baseUrl, String apiKeyFingerprint, String companyId) {

    /** A short, stable, one-way fingerprint of a secret: enough to tell keys apart, useless to call Sage with. */
    public static String fingerprint(String secret) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
