package dev.camelsage.sage.internal.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call to Sage, before authentication is added.
 *
 * @param httpMethod  GET, POST or DELETE
 * @param target      the service, company and flags it is for
 * @param method      the service method and id below the service, such as {@code Get/5} or {@code Save}
 * @param query       further query parameters in order ({@code $filter}, ...), before the target's flags; never the
 *                    API key nor the company
 * @param body        the body of a POST, or {@code null}
 * @param contentType the body's media type; {@code application/json} unless a method takes another
 * @param repeatable  whether sending it again is harmless when its outcome is unknown; a create is not
 */
public record SageRequest(String httpMethod, SageTarget target, String method, Map<String, String> query, byte[] body,
                          String contentType, boolean repeatable) {

    public static final String JSON = "application/json";

    public SageRequest {
        Map<String, String> all = new LinkedHashMap<>(query == null ? Map.of() : query);
        target.query().forEach(all::putIfAbsent);
        query = Collections.unmodifiableMap(all);
        contentType = contentType == null ? JSON : contentType;
    }

    /** A request with a JSON body (or none). */
    public static SageRequest json(String httpMethod, SageTarget target, String method, byte[] body, boolean repeatable) {
        return new SageRequest(httpMethod, target, method, Map.of(), body, JSON, repeatable);
    }

    /** The path below {@code /api/{version}/}, such as {@code Customer/Get/5}. */
    public String path() {
        return target.entity() + "/" + method;
    }

    public String entity() {
        return target.entity();
    }

    public Long companyId() {
        return target.companyId();
    }

    public String operation() {
        return target.operation();
    }

    /** The company as exceptions carry it. */
    public String companyKey() {
        return target.companyId() == null ? null : String.valueOf(target.companyId());
    }

    /** {@code GET Customer/Get/5 in company 1}: no URL (it carries the API key), no body. */
    public String describe() {
        return httpMethod + " " + path() + (companyId() == null ? "" : " in company " + companyId());
    }
}
