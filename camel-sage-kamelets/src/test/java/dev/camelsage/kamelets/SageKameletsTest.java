package dev.camelsage.kamelets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.sage.SageConstants;
import dev.camelsage.sage.exception.SageConflictException;
import dev.camelsage.simulator.SageSimulator;
import dev.camelsage.simulator.SageSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static dev.camelsage.simulator.SageSimulator.DEMO_COMPANY_ID;
import static dev.camelsage.simulator.SageSimulator.SECOND_COMPANY_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The Kamelets loaded by the YAML DSL from kamelets/ on the classpath, against the simulator. */
@Timeout(120)
class SageKameletsTest {

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long RECEIVE_TIMEOUT = 20_000;

    @TempDir
    Path dir;

    @Test
    void sourceEmitsEachRecordAsJsonOnceAndResumesFromItsStateFileAfterARestart() throws Exception {
        SageSimulator sage = SAGE.get();
        int seeded = sage.store().count(DEMO_COMPANY_ID, "Customer");
        String route = """
                - route:
                    from:
                      uri: kamelet:sage-source
                      parameters:
                        entity: customer
                %s        stateFile: "%s"
                        delay: 200
                      steps:
                        - to: seda:received
                """.formatted(KameletRoutes.login(sage, DEMO_COMPANY_ID, 8), dir.resolve("customers.watermark"));

        List<JsonNode> first = new ArrayList<>();
        try (CamelContext camel = KameletRoutes.start(route)) {
            ConsumerTemplate consumer = camel.createConsumerTemplate();
            for (int i = 0; i < seeded; i++) {
                Exchange received = consumer.receive("seda:received", RECEIVE_TIMEOUT);
                assertThat(received).as("customer %d of %d", i + 1, seeded).isNotNull();
                JsonNode customer = JSON.readTree(received.getMessage().getBody(String.class));
                assertThat(customer.get("ID").asLong()).isEqualTo(received.getMessage().getHeader(SageConstants.ID));
                assertThat(received.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/json");
                first.add(customer);
            }
        }
        assertThat(first).extracting(c -> c.get("ID").asLong()).doesNotHaveDuplicates();
        assertThat(first).allSatisfy(c -> assertThat(c.get("Name").asText()).isNotBlank());
        assertThat(Files.readString(dir.resolve("customers.watermark"))).contains("Customer:1=");

        ObjectNode added = sage.store().insert(DEMO_COMPANY_ID, "Customer",
                JSON.createObjectNode().put("Name", "Added While Stopped").put("Active", true));
        try (CamelContext camel = KameletRoutes.start(route)) {
            // Oldest Modified first: a lost watermark would start again with the first seeded customer.
            String next = camel.createConsumerTemplate().receiveBody("seda:received", RECEIVE_TIMEOUT, String.class);
            assertThat(next).isNotNull();
            assertThat(JSON.readTree(next).get("ID").asLong()).isEqualTo(added.get("ID").asLong());
        }
    }

    @Test
    void sinkCreatesARecordFromJsonAndAnswersWithTheSavedRecord() throws Exception {
        SageSimulator sage = SAGE.get();
        try (CamelContext camel = KameletRoutes.start(sinkRoute(sage, ""))) {
            String saved = camel.createProducerTemplate().requestBody("direct:save",
                    "{\"Name\":\"Blue Crane Logistics\",\"Email\":\"accounts@bluecrane.example\"}", String.class);

            JsonNode customer = JSON.readTree(saved);
            assertThat(customer.get("Name").asText()).isEqualTo("Blue Crane Logistics");
            assertThat(sage.store().get(DEMO_COMPANY_ID, "Customer", customer.get("ID").asLong()))
                    .hasValueSatisfying(c -> assertThat(c.get("Email").asText()).isEqualTo("accounts@bluecrane.example"));
        }
    }

    @Test
    void sinkWithReconcileByRefusesACreateWithoutThatFieldBeforeSendingIt() throws Exception {
        SageSimulator sage = SAGE.get();
        try (CamelContext camel = KameletRoutes.start(sinkRoute(sage, "reconcileBy: TextField1"))) {
            ProducerTemplate template = camel.createProducerTemplate();

            assertThatThrownBy(() -> template.requestBody("direct:save", "{\"Name\":\"No Crm Id\"}", String.class))
                    .isInstanceOf(CamelExecutionException.class)
                    .rootCause().hasMessageContaining("has no TextField1");
            assertThat(sage.journal().count(e -> "Save".equals(e.method()))).isZero();

            String saved = template.requestBody("direct:save", "{\"Name\":\"With Crm Id\",\"TextField1\":\"CRM-7\"}",
                    String.class);
            assertThat(JSON.readTree(saved).get("TextField1").asText()).isEqualTo("CRM-7");
        }
    }

    @Test
    void deleteActionDeletesByHeaderOrBodyIdAndAppliesTheConflictStrategy() throws Exception {
        SageSimulator sage = SAGE.get();
        long unused = sage.store().insert(DEMO_COMPANY_ID, "Customer",
                JSON.createObjectNode().put("Name", "Never Invoiced").put("Active", true)).get("ID").asLong();
        long alsoUnused = sage.store().insert(DEMO_COMPANY_ID, "Customer",
                JSON.createObjectNode().put("Name", "Also Never Invoiced").put("Active", true)).get("ID").asLong();
        long invoiced = sage.store().list(DEMO_COMPANY_ID, "TaxInvoice").get(0).get("CustomerId").asLong();

        try (CamelContext camel = KameletRoutes.start(deleteRoute(sage, "fail") + deleteRoute(sage, "skip")
                                                      + deleteRoute(sage, "deactivate"))) {
            ProducerTemplate template = camel.createProducerTemplate();

            template.sendBodyAndHeader("direct:delete-fail", null, SageConstants.ID, unused);
            template.sendBody("direct:delete-fail", "{\"ID\":" + alsoUnused + ",\"Name\":\"Also Never Invoiced\"}");
            assertThat(sage.store().get(DEMO_COMPANY_ID, "Customer", unused)).isEmpty();
            assertThat(sage.store().get(DEMO_COMPANY_ID, "Customer", alsoUnused)).isEmpty();

            assertThatThrownBy(() -> template.sendBodyAndHeader("direct:delete-fail", null, SageConstants.ID, invoiced))
                    .hasCauseInstanceOf(SageConflictException.class);

            Exchange skipped = template.request("direct:delete-skip",
                    e -> e.getMessage().setHeader(SageConstants.ID, invoiced));
            assertThat(skipped.getMessage().getHeader(SageConstants.DELETE_SKIPPED)).isEqualTo(true);
            assertThat(sage.store().get(DEMO_COMPANY_ID, "Customer", invoiced))
                    .hasValueSatisfying(c -> assertThat(c.get("Active").asBoolean()).isTrue());

            Exchange deactivated = template.request("direct:delete-deactivate",
                    e -> e.getMessage().setHeader(SageConstants.ID, invoiced));
            assertThat(deactivated.getMessage().getHeader(SageConstants.DEACTIVATED)).isEqualTo(true);
            assertThat(JSON.readTree(deactivated.getMessage().getBody(String.class)).get("Active").asBoolean()).isFalse();
            assertThat(sage.store().get(DEMO_COMPANY_ID, "Customer", invoiced))
                    .hasValueSatisfying(c -> assertThat(c.get("Active").asBoolean()).isFalse());
        }
    }

    @Test
    void pipeBindsTheSourceOfOneCompanyToTheSinkOfAnother() throws Exception {
        SageSimulator sage = SAGE.get();
        int before = sage.store().count(SECOND_COMPANY_ID, "Customer");
        String pipe = """
                apiVersion: camel.apache.org/v1
                kind: Pipe
                metadata:
                  name: copy-new-customers
                spec:
                  source:
                    ref:
                      kind: Kamelet
                      apiVersion: camel.apache.org/v1
                      name: sage-source
                    properties:
                      entity: Customer
                      since: now
                      delay: 200
                %s  steps:
                    - uri: language:jq:resource:classpath:copy-customer.jq
                  sink:
                    ref:
                      kind: Kamelet
                      apiVersion: camel.apache.org/v1
                      name: sage-sink
                    properties:
                      entity: Customer
                %s""".formatted(KameletRoutes.pipeLogin(sage, DEMO_COMPANY_ID, 6),
                KameletRoutes.pipeLogin(sage, SECOND_COMPANY_ID, 6));

        try (CamelContext camel = KameletRoutes.start(pipe)) {
            await().atMost(java.time.Duration.ofSeconds(20)).until(
                    () -> sage.journal().count(e -> "Customer".equals(e.service()) && "Get".equals(e.method())) >= 2);
            sage.store().insert(DEMO_COMPANY_ID, "Customer", JSON.createObjectNode().put("Name", "Copied To Karoo")
                    .put("Email", "copy@example.co.za").put("Active", true));

            await().atMost(java.time.Duration.ofSeconds(20)).until(
                    () -> sage.store().count(SECOND_COMPANY_ID, "Customer") == before + 1);
            assertThat(sage.store().list(SECOND_COMPANY_ID, "Customer"))
                    .anySatisfy(c -> assertThat(c.path("Email").asText()).isEqualTo("copy@example.co.za"));
            assertThat(camel.getRoutes()).isNotEmpty();
        }
    }

    private static String sinkRoute(SageSimulator sage, String extra) {
        return """
                - route:
                    from:
                      uri: direct:save
                      steps:
                        - to:
                            uri: kamelet:sage-sink
                            parameters:
                              entity: Customer
                              %s
                %s""".formatted(extra, KameletRoutes.login(sage, DEMO_COMPANY_ID, 14));
    }

    private static String deleteRoute(SageSimulator sage, String strategy) {
        return """
                - route:
                    from:
                      uri: direct:delete-%s
                      steps:
                        - to:
                            uri: kamelet:sage-delete-action
                            parameters:
                              entity: Customer
                              deleteConflictStrategy: %s
                %s""".formatted(strategy, strategy, KameletRoutes.login(sage, DEMO_COMPANY_ID, 14));
    }
}
