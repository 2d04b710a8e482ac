package dev.camelsage.sage.internal.paging;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelsage.simulator.SageSimulator;

/** A bare list call to the simulator over the JDK HttpClient: lets the pager be proven before the component's client. */
final class SimulatorListFetcher implements SagePageFetcher<JsonNode> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String entity;
    private final String authorization;

    SimulatorListFetcher(SageSimulator simulator, String entity) {
        this.baseUrl = simulator.baseUrl();
        this.entity = entity;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (SageSimulator.DEMO_USERNAME + ":" + SageSimulator.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public CompletableFuture<SagePage<JsonNode>> fetch(SageListQuery query) {
        StringBuilder url = new StringBuilder(baseUrl).append("/api/2.0.0/").append(entity).append("/Get?apikey=")
                .append(encode(SageSimulator.DEMO_API_KEY)).append("&companyid=").append(SageSimulator.DEMO_COMPANY_ID)
                .append("&$orderby=").append(encode(query.orderBy())).append("&$skip=").append(query.skip())
                .append("&$top=").append(query.top());
        if (query.filter() != null) {
            url.append("&$filter=").append(encode(query.filter()));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.toString())).header("Authorization", authorization)
                .header("Accept", "application/json").header("Content-Type", "application/json").GET().build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The simulator answered " + response.statusCode() + ": "
                                                + new String(response.body(), StandardCharsets.UTF_8));
            }
            try {
                JsonNode body = JSON.readTree(response.body());
                List<JsonNode> results = new ArrayList<>();
                body.get("Results").forEach(results::add);
                return new SagePage<>(body.get("TotalResults").asLong(), body.get("ReturnedResults").asInt(), results);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("The simulator's answer is not JSON", e);
            }
        });
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
