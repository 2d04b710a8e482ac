package dev.camelsage.simulator;

import java.util.Optional;

/** Where a request goes: {@code /api/2.0.0/{Service}/{Method}[/{id}]}, answered 404 or 405 the way ASP.NET Web API does. */
record Route(ServiceSchema schema, Operation operation, Long id) {

    static final String PREFIX = "/api/2.0.0/";

    static Route resolve(SageRequest request, String baseUrl) {
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
        request.id = parts.length == 3 ? parts[2] : null;
        ServiceSchema schema = ServiceCatalog.find(parts[0]).orElseThrow(() -> noResource(request, baseUrl));
        request.service = schema.name();
        Optional<Operation> operation = Operation.byAction(parts[1]).filter(schema.operations()::contains);
        if (operation.isEmpty()) {
            throw SageError.bareString(404, "No action was found on the controller '" + schema.name()
                    + "' that matches the name '" + parts[1] + "'.");
        }
        Operation op = operation.get();
        request.method = op.action;
        if (!op.verb.equals(request.httpMethod)) {
            throw new SageError(SageResponse.message(405, "The requested resource does not support http method '"
                    + request.httpMethod + "'.").header("Allow", op.verb));
        }
        Long id = null;
        if (request.id != null) {
            boolean takesId = op == Operation.GET || op == Operation.DELETE;
            if (!takesId || !isId(request.id)) {
                throw noResource(request, baseUrl);
            }
            id = Long.parseLong(request.id);
        } else if (op == Operation.DELETE) {
            throw noResource(request, baseUrl);
        }
        return new Route(schema, op, id);
    }

    private static boolean isId(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static SageError noResource(SageRequest request, String baseUrl) {
        // Sage echoes the query string too; the simulator leaves it out so the API key never lands in a body.
        String uri = baseUrl + request.path;
        return SageError.message(404, "No HTTP resource was found that matches the request URI '" + uri + "'.");
    }
}
