package dev.camelsage.sage.quota;

import java.io.Serializable;
import java.time.Instant;

/**
 * A block of one quota after a 429: nothing is sent for it before {@code until}.
 *
 * @param until  when the block ends
 * @param reason why: Sage's lock-out reason, or a description when Sage gave none
 */
public record QuotaBlock(Instant until, String reason) implements Serializable {
}
