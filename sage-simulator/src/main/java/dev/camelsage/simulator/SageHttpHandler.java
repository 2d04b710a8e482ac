package dev.camelsage.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Collections;
import java.util.UUID;

/**
 * The request pipeline, in the order Sage appears to apply its rules: faults, Content-Type, API key and login,
 * quota, routing, company access, then the controller. Every request ends in the journal, with the faults that hit it.
 */
final class SageHttpHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(SageHttpHandler.class.getName());
    private static final String JSON = "application/json";
    private static final String MULTIPART = "multipart/form-data";
    /** LOGUIDs are the arrival number under a fixed high half: unique per simulator run, cheap, reproducible. */
    private static final long LOGUID_HIGH = 0x4c4f4755_49440000L;

    private final SimulatorClock clock;
    private final Journal journal;
    private final Faults faults;
    private final Authenticator authenticator;
    private final QuotaTracker quota;
    private final ApiController controller;
    private final Behaviour behaviour;
    private final String baseUrl;

    SageHttpHandler(SimulatorClock clock, Journal journal, Faults faults, Authenticator authenticator,
                    QuotaTracker quota, ApiController controller, Behaviour behaviour, String baseUrl) {
        this.clock = clock;
        this.journal = journal;
        this.faults = faults;
        this.authenticator = authenticator;
        this.quota = quota;
        this.controller = controller;
        this.behaviour = behaviour;
        this.baseUrl = baseUrl;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            SageRequest request = SageRequest.read(exchange, clock.now());
            Faults.Draw draw = faults.arrive(journal);
            Authenticator.identify(request);
            if (draw.hit(FaultKind.CONNECTION_RESET)) {
                // Closing the exchange before any header is sent drops the connection: nothing processed, nothing sent.
                request.faults.add(FaultKind.CONNECTION_RESET);
                journal.record(draw.arrival(), entry(request, 0));
                return;
            }
            SageResponse response = answer(request, draw);
            journal.record(draw.arrival(), entry(request, response.status));
            if (draw.hit(FaultKind.DELAY_AFTER_PROCESSING)) {
                pause(faults.delayAfter());
            }
            if (!response.dropConnection) {
                send(exchange, response, draw.arrival());
            }
        } finally {
            exchange.close();
        }
    }

    private SageResponse answer(SageRequest request, Faults.Draw draw) {
        SageResponse response;
        try {
            response = process(request, draw);
        } catch (SageError e) {
            response = e.response();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Simulator failure on " + request.httpMethod + " " + request.path, e);
            response = SageResponse.message(500, "An error has occurred.");
        }
        if (draw.hit(FaultKind.DELAY_AFTER_PROCESSING)) {
            request.faults.add(FaultKind.DELAY_AFTER_PROCESSING);
        }
        return response;
    }

    private SageResponse process(SageRequest request, Faults.Draw draw) {
        if (!faults.latency().isZero()) {
            request.faults.add(FaultKind.LATENCY);
            pause(faults.latency());
        }
        if (draw.hit(FaultKind.DELAY_BEFORE_PROCESSING)) {
            request.faults.add(FaultKind.DELAY_BEFORE_PROCESSING);
            pause(faults.delayBefore());
        }
        if (faults.inMaintenance(request.arrival)) {
            request.faults.add(FaultKind.MAINTENANCE);
            return SageResponse.message(503, "The service is unavailable due to scheduled maintenance.");
        }
        if (draw.hit(FaultKind.SERVICE_UNAVAILABLE)) {
            request.faults.add(FaultKind.SERVICE_UNAVAILABLE);
            return IisPages.serviceUnavailable();
        }
        String mediaType = request.mediaType();
        if (!JSON.equals(mediaType) && !MULTIPART.equals(mediaType)) {
            return unsupportedMediaType();
        }
        UserAccount user = authenticator.authenticate(request);
        Long companyId = companyId(request);
        request.companyId = companyId == null ? 0L : companyId;
        quota.admit(request, request.apiKey, request.companyId);
        Route route = Route.resolve(request, baseUrl, behaviour);
        if (MULTIPART.equals(mediaType) != (route.operation() == Operation.ATTACHMENT_SAVE)) {
            // Attachment uploads read multipart content (Web API answers 415 to anything else); every other action binds JSON.
            return unsupportedMediaType();
        }
        if (draw.hit(FaultKind.SERVER_ERROR)) {
            request.faults.add(FaultKind.SERVER_ERROR);
            return SageResponse.message(500, "An error has occurred.");
        }
        if (route.schema().kind() == EntityKind.COMPANY) {
            return controller.companies(request, route, user, companyId);
        }
        if (companyId == null) {
            throw SageError.message(400, "The companyid query parameter is required for " + route.schema().name() + "/"
                    + route.operation().action + ". Company/Get lists the companies this login can use.");
        }
        if (!user.companyIds().contains(companyId)) {
            throw SageError.message(404, "No company with ID " + companyId + " was found for this login.");
        }
        SageResponse response = controller.handle(request, route, companyId);
        if (request.committed && (draw.hit(FaultKind.ANSWER_DROPPED) || faults.consumeDropAfterSave())) {
            request.faults.add(FaultKind.ANSWER_DROPPED);
            response.dropConnection = true;
        }
        return response;
    }

    private static SageResponse unsupportedMediaType() {
        return SageResponse.message(415, "Incorrect or Missing Content-Type header. Send 'Content-Type: application/json'"
                + " on every request, GET included (multipart/form-data for attachment uploads).");
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

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
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
                status, request.whileBlocked, Collections.unmodifiableSet(request.faults), request.committed);
    }

    /** ASP.NET's answers carry its cache headers and a per-request LOGUID (captured: 200_OK_Headers); IIS pages do not. */
    private static void send(HttpExchange exchange, SageResponse response, long arrival) throws IOException {
        if (response.contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType);
        }
        if (!response.outsideAspNet) {
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.getResponseHeaders().set("Pragma", "no-cache");
            exchange.getResponseHeaders().set("Expires", "-1");
            exchange.getResponseHeaders().set("LOGUID", new UUID(LOGUID_HIGH, arrival).toString());
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
