package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request to the simulator through the JDK HttpClient, with the demo credentials, key, company and
 * Content-Type unless a test changes them: {@code SageCall.get(sim, "Customer/Get").param("$top", "5").send()}.
 */
final class SageCall {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final SageSimulator sim;
    private final String verb;
    private final String path;
    private final Map<String, String> params = new LinkedHashMap<>();
    private String username = SageSimulator.DEMO_USERNAME;
    private String password = SageSimulator.DEMO_PASSWORD;
    private String contentType = "application/json";
    private byte[] body;
    private Duration timeout = Duration.ofSeconds(30);

    private SageCall(SageSimulator sim, String verb, String path) {
        this.sim = sim;
        this.verb = verb;
        this.path = path;
        params.put("apikey", SageSimulator.DEMO_API_KEY);
        params.put("companyid", String.valueOf(SageSimulator.DEMO_COMPANY_ID));
    }

    static SageCall get(SageSimulator sim, String path) {
        return new SageCall(sim, "GET", path);
    }

    static SageCall post(SageSimulator sim, String path, String body) {
        return new SageCall(sim, "POST", path).body(body);
    }

    static SageCall delete(SageSimulator sim, String path) {
        return new SageCall(sim, "DELETE", path);
    }

    static SageCall verb(SageSimulator sim, String verb, String path) {
        return new SageCall(sim, verb, path);
    }

    /** Adds or replaces a query parameter; a null value removes it. The name is sent as given. */
    SageCall param(String name, String value) {
        params.keySet().removeIf(k -> k.equalsIgnoreCase(name));
        if (value != null) {
            params.put(name, value);
        }
        return this;
    }

    SageCall company(long companyId) {
        return param("companyid", String.valueOf(companyId));
    }

    SageCall login(String username, String password) {
        this.username = username;
        this.password = password;
        return this;
    }

    SageCall contentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    SageCall body(String body) {
        this.body = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** A multipart/form-data body: the file part {@code file} and a text part, as ricomaster's client uploads. */
    SageCall multipart(String textPart, String textValue, String fileName, String fileType, byte[] content) {
        String boundary = "----sim" + Long.toHexString(System.nanoTime());
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + textPart + "\"\r\n\r\n"
                + textValue + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
        this.body = all;
        this.contentType = "multipart/form-data; boundary=" + boundary;
        return this;
    }

    /** How long the client waits for the answer (30 s unless a test waits less). */
    SageCall timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    Reply send() {
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/api/2.0.0/" + path + query))
                .timeout(timeout)
                .method(verb, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    record Reply(int status, Map<String, java.util.List<String>> headers, byte[] bytes) {

        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body(), e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String message() {
            return json().path("Message").asText();
        }
    }
}
