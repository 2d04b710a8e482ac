package dev.camelsage.simulator;

/** Ends request processing with the given answer (401, 404, 400 ...). */
final class SageError extends RuntimeException {

    private final transient SageResponse response;

    SageError(SageResponse response) {
        super("HTTP " + response.status, null, false, false);
        this.response = response;
    }

    static SageError message(int status, String message) {
        return new SageError(SageResponse.message(status, message));
    }

    static SageError bareString(int status, String message) {
        return new SageError(SageResponse.bareValue(status, message));
    }

    SageResponse response() {
        return response;
    }
}
