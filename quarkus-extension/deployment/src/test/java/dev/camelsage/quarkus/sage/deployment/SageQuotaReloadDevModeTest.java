package dev.camelsage.quarkus.sage.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import dev.camelsage.simulator.SageSimulator;
import io.quarkus.test.QuarkusDevModeTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/**
 * In dev mode the quota store outlives a live reload: after Sage answered 429, the reloaded application (a new
 * CamelContext and component) knows the block and sends nothing into it. Without the kept store it would start with an
 * empty one, send, and so extend Sage's block by another hour.
 */
class SageQuotaReloadDevModeTest {

    private static final SageSimulator SAGE = SageSimulator.builder().port(0).build().start();
    private static final int HTTP_PORT = freePort();

    @RegisterExtension
    static final QuarkusDevModeTest DEV_MODE = new QuarkusDevModeTest()
            .withApplicationRoot(jar -> jar.addClass(QuotaReloadRoutes.class)
                    .addAsResource(new StringAsset(String.join("\n",
                            "quarkus.http.port=" + HTTP_PORT,
                            "camel.component.sage.base-url=" + SAGE.baseUrl(),
                            "camel.component.sage.allow-insecure-http=true",
                            "camel.component.sage.username=" + SageSimulator.DEMO_USERNAME,
                            "camel.component.sage.password=" + SageSimulator.DEMO_PASSWORD,
                            "camel.component.sage.api-key=" + SageSimulator.DEMO_API_KEY,
                            "camel.component.sage.company-id=" + SageSimulator.DEMO_COMPANY_ID)), "application.properties"));

    @AfterAll
    static void stopSimulator() {
        SAGE.close();
    }

    @Test
    void aReloadAfterA429SendsNothingIntoTheBlock() {
        SAGE.faults().forceBlock(SageSimulator.DEMO_API_KEY, SageSimulator.DEMO_COMPANY_ID);

        http().get("/customers").then().statusCode(429).body(containsString("generation 1"));
        assertThat(SAGE.journal().entries()).as("one request, answered 429").singleElement()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo(429));

        DEV_MODE.modifySourceFile(QuotaReloadRoutes.class, source -> source.replace("generation 1", "generation 2"));

        http().get("/customers").then().statusCode(429)
                .body(allOf(containsString("generation 2"), containsString("block")));
        assertThat(SAGE.journal().entries()).as("the reloaded application sent nothing into the block").hasSize(1);
        http().get("/q/dev-ui/devui-data.js").then().statusCode(200).body(containsString("qwc-sage-quotas.js"));
    }

    private static RequestSpecification http() {
        return RestAssured.given().baseUri("http://localhost:" + HTTP_PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
