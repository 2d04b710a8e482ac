package dev.camelsage.sage;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.engine.PooledExchangeFactory;

/**
 * Every consumer test again with {@code exchangeFactory=pooled}: an exchange is reset when released, so the consumer
 * must read each outcome before it lets the exchange go, or a failed record's watermark would move past it.
 */
class SageConsumerPooledExchangesTest extends SageConsumerTest {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        camelContext.getCamelContextExtension().setExchangeFactory(new PooledExchangeFactory());
        return camelContext;
    }
}
