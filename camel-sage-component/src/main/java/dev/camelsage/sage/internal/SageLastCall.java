package dev.camelsage.sage.internal;

import java.time.Instant;

/**
 * How the last call of an endpoint ended, for the passive health check.
 *
 * @param time       when it ended
 * @param statusCode Sage's HTTP status; 0 when no answer came
 * @param failure    the exception, or {@code null} when it succeeded
 */
public record SageLastCall(Instant time, int statusCode, Throwable failure) {
}
