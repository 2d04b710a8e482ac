package dev.camelsage.simulator;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a request goes: {@code /api/2.0.0/{Service}/{Method}[/{id}]}, answered 404 or 405 the way ASP.NET Web API
 * does. The id may also come as {@code ?id=}, which Web API binds to the same parameter.
 *
 * @param id   a numeric id, or null
 * @param guid a GUID id (attachments), or null
 */
record Route(ServiceSchema schema, Operation operation, Long id, String guid) {

    static final String PREFIX = "/api/2.0.0/";

    static Route resolve(SageRequest request, String baseUrl, Behaviour behaviour) {
        String path = request.path.endsWith("/") ? request.path.substring(0, request.path.length() - 1) : request.path;
        if (!path.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw noResource(request, baseUrl);
        }
        String[] parts = path.substring(PREFIX.length()).split("/");
        if (parts.length < 2 || parts.length > 3) {
            throw noResource(request, baseUrl);
        }
        request.service = parts[0];
        request.method = parts[1];
        request.id = parts.length == 3 ? parts[2] : request.param("id");
        ServiceSchema schema = ServiceCatalog.find(parts[0]).orElseThrow(() -> noResource(request, baseUrl));
        request.service = schema.name();
        Optional<Operation> operation = behaviour.operations(schema).stream()
                .filter(o -> o.action.equalsIgnoreCase(parts[1])).findFirst();
        if (operation.isEmpty()) {
            // The controller exists but has no action of that name, for any verb (captured: 404_Not_Found_No_Action).
            throw SageError.bareString(404, "No action was found on the controller '" + schema.name()
                    + "' that matches the name '" + parts[1] + "'.");
        }
        Operation op = operation.get();
        request.method = op.action;
        if (!op.verb.equals(request.httpMethod)) {
            throw new SageError(SageResponse.message(405, "The requested resource does not support http method '"
                    + request.httpMethod + "'.").header("Allow", op.verb));
        }
        String id = request.id == null || request.id.isEmpty() ? null : request.id;
        return switch (op.idKind) {
            case NONE -> {
                if (parts.length == 3) {
                    throw noResource(request, baseUrl);
                }
                yield new Route(schema, op, null, null);
            }
            case OPTIONAL_NUMBER -> new Route(schema, op, id == null ? null : number(id, request, baseUrl), null);
            case NUMBER -> new Route(schema, op, number(required(id, request, baseUrl), request, baseUrl), null);
            case GUID -> new Route(schema, op, null, guid(required(id, request, baseUrl), request, baseUrl));
        };
    }

    private static String required(String id, SageRequest request, String baseUrl) {
        if (id == null) {
            throw noResource(request, baseUrl);
        }
        return id;
    }

    private static long number(String text, SageRequest request, String baseUrl) {
        if (text.isEmpty() || text.length() > 18) {
            throw noResource(request, baseUrl);
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                throw noResource(request, baseUrl);
            }
        }
        return Long.parseLong(text);
    }

    /** A GUID as .NET parses one (braces optional, any case), normalised to lower case without braces. */
    private static String guid(String text, SageRequest request, String baseUrl) {
        String bare = ApiKeys.normalise(text);
        try {
            if (UUID.fromString(bare).toString().equals(bare)) {
                return bare;
            }
        } catch (IllegalArgumentException e) {
            // not a GUID: no route matches, as with a non-numeric id
        }
        throw noResource(request, baseUrl);
    }

    private static SageError noResource(SageRequest request, String baseUrl) {
        // Sage echoes the query string too; the simulator leaves it out so the API key never lands in a body.
        String uri = baseUrl + request.path;
        return SageError.message(404, "No HTTP resource was found that matches the request URI '" + uri + "'.");
    }
}
