package dev.camelsage.sage.client;

import java.util.Map;

/**
 * One call to Sage, before authentication is added.
 *
 * @param httpMethod GET, POST or DELETE
 * @param entity     the canonical service name, such as {@code Customer}
 * @param path       the path below {@code /api/{version}/}, such as {@code Customer/Get/5}
 * @param companyId  the company, or {@code null} for calls without one ({@code Company/Get})
 * @param query      further query parameters in order ({@code $filter}, flags); never the API key nor the company
 * @param body       the JSON body of a POST, or {@code null}
 * @param operation  the component operation, for exceptions and logs
 * @param repeatable whether sending it again is harmless when its outcome is unknown; a create is not
 */
public record SageRequest(String httpMethod, String entity, String path, Long companyId, Map<String, String> query,
                          byte[] body, String operation, boolean repeatable) {

    public SageRequest {
        query = query == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(query));
    }

    /** The company as exceptions and quota keys carry it. */
    public String companyKey() {
        return companyId == null ? null : String.valueOf(companyId);
    }
}
