package dev.camelsage.kamelets;

import java.util.Map;

import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * A CamelContext that runs YAML routes and Pipes using the Kamelets from {@code kamelets/} on the classpath, as Camel
 * JBang or Camel Main with the YAML DSL load them. Kamelet properties are written into the YAML as a user writes them.
 */
final class KameletRoutes {

    private KameletRoutes() {
    }

    static CamelContext start(String yaml) throws Exception {
        CamelContext context = new DefaultCamelContext();
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("test.camel.yaml", yaml));
        context.start();
        return context;
    }

    /** The connection and login properties every Sage Kamelet takes, as YAML lines at the given indent. */
    static String login(SageSimulator sage, long companyId, int indent) {
        return login(sage, companyId, indent, "%s");
    }

    /**
     * The same for a Pipe, which puts its properties into a kamelet: URI: values with URI characters (the base URL,
     * the braces of the API key) go in RAW(...) so that the Kamelet receives them as written.
     */
    static String pipeLogin(SageSimulator sage, long companyId, int indent) {
        return login(sage, companyId, indent, "RAW(%s)");
    }

    private static String login(SageSimulator sage, long companyId, int indent, String valueFormat) {
        Map<String, Object> properties = Map.of(
                "companyId", companyId,
                "username", SageSimulator.DEMO_USERNAME,
                "password", SageSimulator.DEMO_PASSWORD,
                "apiKey", SageSimulator.DEMO_API_KEY,
                "baseUrl", sage.baseUrl());
        StringBuilder lines = new StringBuilder();
        properties.forEach((name, value) -> lines.append(" ".repeat(indent)).append(name).append(": \"").append(valueFormat.formatted(value))
                .append("\"\n"));
        return lines.toString();
    }
}
