package dev.camelsage.simulator;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A received request: path, query (names lower-cased, values decoded), headers and body, plus what processing learnt. */
final class SageRequest {

    private static final byte[] NO_BODY = new byte[0];

    final Instant arrival;
    final String httpMethod;
    final String path;
    final String rawQuery;
    final Map<String, String> query;
    final Map<String, String> headers;
    final byte[] body;

    // Filled in as processing goes, for the journal.
    String username;
    String apiKey;
    Long companyId;
    String service;
    String method;
    String id;
    boolean whileBlocked;
    /** The faults injected into this request, in the journal's words. */
    final Set<FaultKind> faults = EnumSet.noneOf(FaultKind.class);
    /** Whether processing changed what Sage stores (a Save, Delete, attachment or Email that succeeded). */
    boolean committed;

    SageRequest(Instant arrival, String httpMethod, String path, String rawQuery,
                Map<String, String> headers, byte[] body) {
        this.arrival = arrival;
        this.httpMethod = httpMethod;
        this.path = path;
        this.rawQuery = rawQuery;
        this.query = parseQuery(rawQuery);
        this.headers = headers;
        this.body = body;
    }

    static SageRequest read(HttpExchange exchange, Instant arrival) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
            headers.put(h.getKey().toLowerCase(Locale.ROOT), String.join(",", h.getValue()));
        }
        byte[] body = NO_BODY;
        boolean hasBody = headers.containsKey("transfer-encoding")
                || !"0".equals(headers.getOrDefault("content-length", "0").trim());
        if (hasBody) {
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
        }
        return new SageRequest(arrival, exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(), headers, body);
    }

    String param(String lowerCaseName) {
        return query.get(lowerCaseName);
    }

    String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    /** The media type of the body, lower case, without parameters; null without a Content-Type header. */
    String mediaType() {
        String contentType = header("content-type");
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** Query parameter names are matched without regard to case, as ASP.NET binds them. */
    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> result = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return result;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.putIfAbsent(name, value);
        }
        return result;
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
