package dev.camelsage.sage.internal.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a call is for: a Sage service of one company, the flags sent with every call of it ({@code includeDetail},
 * ...), and the component operation it serves (for exceptions and logs).
 *
 * @param entity    the canonical service name, such as {@code Customer}
 * @param companyId the company, or {@code null} for calls without one ({@code Company/Get})
 * @param query     flags sent with every call, as given
 * @param operation the component operation, such as {@code get}
 */
public record SageTarget(String entity, Long companyId, Map<String, String> query, String operation) {

    public SageTarget {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query == null ? Map.of() : query));
    }

    /** The same service and company for another operation. */
    public SageTarget forOperation(String otherOperation) {
        return new SageTarget(entity, companyId, query, otherOperation);
    }
}
