package dev.camelsage.examples.quarkus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.camelsage.sage.model.Item;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.camel.ProducerTemplate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The application as it ships, with no Sage configuration at all: Dev Services run the simulator. A customer and an
 * invoice for it are created over HTTP, and the consumer writes the invoice to its JSON file.
 */
@QuarkusTest
class InvoiceSyncTest {

    @Inject
    ProducerTemplate template;

    @ConfigProperty(name = "invoice-sync.work-dir")
    Path workDir;

    @Test
    void createsACustomerAndAnInvoiceAndWritesTheInvoiceAsJson() {
        long customerId = given().contentType(ContentType.JSON).body(Map.of("Name", "Karoo Bicycles", "Active", true))
                .post("/customers")
                .then().statusCode(200).body("ID", notNullValue())
                .extract().jsonPath().getLong("ID");
        long itemId = anItemOfTheDemoCompany();

        long invoiceId = given().contentType(ContentType.JSON).body(Map.of(
                        "CustomerId", customerId,
                        "Date", "2026-11-02",
                        "DueDate", "2026-12-02",
                        "Inclusive", false,
                        "Lines", List.of(Map.of("SelectionId", itemId, "LineType", 0, "Quantity", 3,
                                "UnitPriceExclusive", 250.00, "Description", "Three wheels"))))
                .post("/invoices")
                .then().statusCode(200).body("CustomerName", containsString("Karoo Bicycles"))
                .extract().jsonPath().getLong("ID");

        Path file = workDir.resolve("invoices/invoice-" + invoiceId + ".json");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(file));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(Files.readString(file))
                .contains("\"CustomerId\" : " + customerId, "Three wheels"));
    }

    @Test
    void sageRefusalsGoBackToTheCaller() {
        given().contentType(ContentType.JSON).body(Map.of("Active", true))
                .post("/customers")
                .then().statusCode(400).body(containsString("Name"));
    }

    private long anItemOfTheDemoCompany() {
        List<?> items = template.requestBody("sage:item?operation=get&top=1", null, List.class);
        return ((Item) items.get(0)).getId();
    }
}
