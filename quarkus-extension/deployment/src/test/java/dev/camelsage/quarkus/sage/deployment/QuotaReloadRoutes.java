package dev.camelsage.quarkus.sage.deployment;

import dev.camelsage.sage.exception.SageRateLimitException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/** The application {@link SageQuotaReloadDevModeTest} reloads: the test edits {@link #GENERATION} to force a reload. */
public class QuotaReloadRoutes extends RouteBuilder {

    static final String GENERATION = "generation 1";

    @Override
    public void configure() {
        onException(SageRateLimitException.class).handled(true)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(429))
                .setBody(simple(GENERATION + ": ${exception.message}"));

        from("platform-http:/customers?httpMethodRestrict=GET")
                .to("sage:customer?operation=get")
                .setBody(constant(GENERATION + ": listed"));
    }
}
