package dev.camelsage.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Collections;

/**
 * The request pipeline, in the order Sage appears to apply its rules: faults, Content-Type, API key and login,
 * quota, routing, company access, then the controller. Every request ends in the journal.
 */
final class SageHttpHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(SageHttpHandler.class.getName());

    private final SimulatorClock clock;
    private final Journal journal;
    private final Faults faults;
    private final Authenticator authenticator;
    private final QuotaTracker quota;
    private final ApiController controller;
    private final String baseUrl;

    SageHttpHandler(SimulatorClock clock, Journal journal, Faults faults, Authenticator authenticator,
                    QuotaTracker quota, ApiController controller, String baseUrl) {
        this.clock = clock;
        this.journal = journal;
        this.faults = faults;
        this.authenticator = authenticator;
        this.quota = quota;
        this.controller = controller;
        this.baseUrl = baseUrl;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            long arrival = journal.arrival();
            SageRequest request = SageRequest.read(exchange, clock.now());
            SageResponse response;
            try {
                response = process(request);
            } catch (SageError e) {
                response = e.response();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Simulator failure on " + request.httpMethod + " " + request.path, e);
                response = SageResponse.message(500, "An error has occurred.");
            }
            journal.record(arrival, entry(request, response.status));
            if (!response.dropConnection) {
                send(exchange, response);
            }
            // else: closing the exchange before any header is sent drops the connection: the client gets no answer.
        } finally {
            exchange.close();
        }
    }

    private SageResponse process(SageRequest request) {
        Authenticator.identify(request);
        pause(faults.latency());
        if (faults.inMaintenance()) {
            return SageResponse.message(503, "The service is unavailable due to scheduled maintenance.");
        }
        if (!isJson(request.header("content-type"))) {
            return SageResponse.message(415, "Incorrect or Missing Content-Type header. "
                    + "Send 'Content-Type: application/json' on every request, GET included.");
        }
        UserAccount user = authenticator.authenticate(request);
        Long companyId = companyId(request);
        request.companyId = companyId == null ? 0L : companyId;
        quota.admit(request, request.apiKey, request.companyId);
        Route route = Route.resolve(request, baseUrl);
        if (faults.nextIsServerError()) {
            return SageResponse.message(500, "An error has occurred.");
        }
        if (route.schema().kind() == EntityKind.COMPANY) {
            return controller.companies(request, route, user);
        }
        if (companyId == null) {
            throw SageError.message(400, "The companyid query parameter is required for " + route.schema().name() + "/"
                    + route.operation().action + ". Company/Get lists the companies this login can use.");
        }
        if (!user.companyIds().contains(companyId)) {
            throw SageError.message(404, "No company with ID " + companyId + " was found for this login.");
        }
        SageResponse response = controller.handle(request, route, companyId);
        boolean save = route.operation() == Operation.SAVE || route.operation() == Operation.SAVE_BATCH;
        if (save && response.status < 300 && faults.consumeDropAfterSave()) {
            response.dropConnection = true;
        }
        return response;
    }

    private static Long companyId(SageRequest request) {
        String value = request.param("companyid");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw SageError.message(400, "The request is invalid. The companyid '" + value + "' is not a number.");
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return mediaType.equalsIgnoreCase("application/json");
    }

    private static void pause(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The request's own maps go into the journal (nothing changes them after processing), the password redacted. */
    private static JournalEntry entry(SageRequest request, int status) {
        request.headers.computeIfPresent("authorization",
                (name, value) -> "Basic " + (request.username == null ? "?" : request.username));
        return new JournalEntry(request.arrival, request.username, request.apiKey, request.companyId,
                request.httpMethod, request.service, request.method, request.id,
                Collections.unmodifiableMap(request.query), Collections.unmodifiableMap(request.headers),
                status, request.whileBlocked);
    }

    private static void send(HttpExchange exchange, SageResponse response) throws IOException {
        if (response.contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType);
        }
        response.headers.forEach(exchange.getResponseHeaders()::set);
        boolean empty = response.body.length == 0;
        exchange.sendResponseHeaders(response.status, empty ? -1 : response.body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body);
            }
        }
    }

}
