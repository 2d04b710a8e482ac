package dev.camelsage.sage.internal.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelsage.sage.internal.SageEntities;

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

    /**
     * The same target for list calls that return whole records: documents get {@code includeDetail=true} (Sage leaves
     * their lines out of lists otherwise) unless a flag of the query already names includeDetail.
     */
    public SageTarget withDetail() {
        if (!SageEntities.hasLines(entity) || query.keySet().stream().anyMatch("includeDetail"::equalsIgnoreCase)) {
            return this;
        }
        Map<String, String> detailed = new LinkedHashMap<>(query);
        detailed.put("includeDetail", "true");
        return new SageTarget(entity, companyId, detailed, operation);
    }

    /** The same service and company for another operation. */
    public SageTarget forOperation(String otherOperation) {
        return new SageTarget(entity, companyId, query, otherOperation);
    }
}
