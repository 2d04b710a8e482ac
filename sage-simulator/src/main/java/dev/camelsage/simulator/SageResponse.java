package dev.camelsage.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer, in the body shapes Sage uses: {"Message":..}, a bare JSON value, an entity, a file, or nothing. */
final class SageResponse {

    static final String JSON = "application/json; charset=utf-8";

    final int status;
    final String contentType;
    final byte[] body;
    final Map<String, String> headers = new LinkedHashMap<>();
    /** Close the connection without answering (the work is already done). */
    boolean dropConnection;
    /** Written by IIS or HTTP.sys rather than ASP.NET, so without ASP.NET's cache headers and LOGUID. */
    boolean outsideAspNet;

    SageResponse(int status, String contentType, byte[] body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    static SageResponse json(int status, Object value) {
        return new SageResponse(status, JSON, SageJson.bytes(value));
    }

    static SageResponse message(int status, String message) {
        return json(status, Map.of("Message", message));
    }

    /** ASP.NET Web API sometimes answers with nothing but a JSON string, {@code true} or {@code false}. */
    static SageResponse bareValue(int status, Object value) {
        return json(status, value);
    }

    static SageResponse text(int status, String contentType, String body) {
        return new SageResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static SageResponse file(String contentType, String fileName, byte[] content) {
        return new SageResponse(200, contentType, content)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replace("\"", "") + "\"");
    }

    static SageResponse empty(int status) {
        return new SageResponse(status, null, new byte[0]);
    }

    SageResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    SageResponse outsideAspNet() {
        this.outsideAspNet = true;
        return this;
    }
}
