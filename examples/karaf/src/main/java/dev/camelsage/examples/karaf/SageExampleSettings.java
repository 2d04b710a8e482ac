package dev.camelsage.examples.karaf;

import java.util.Collections;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelsage.sage.SageComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.osgi.service.cm.ConfigurationException;

/**
 * The example's configuration: every {@code sage.*} key is an option of the {@code sage} component (the same names
 * as {@code camel.component.sage.*} in Camel Main), set on the component so credentials never appear in an endpoint
 * URI; {@value #CUSTOMER_NAME}, when present, is the customer the route creates.
 */
record SageExampleSettings(Map<String, Object> componentOptions, String customerName) {

    static final String COMPONENT_PREFIX = "sage.";
    static final String CUSTOMER_NAME = "customerName";

    static SageExampleSettings from(Dictionary<String, ?> properties) {
        Map<String, Object> options = new LinkedHashMap<>();
        for (String key : Collections.list(properties.keys())) {
            if (key.startsWith(COMPONENT_PREFIX)) {
                options.put(key.substring(COMPONENT_PREFIX.length()), properties.get(key));
            }
        }
        Object customerName = properties.get(CUSTOMER_NAME);
        String name = customerName == null || customerName.toString().isBlank() ? null : customerName.toString().trim();
        return new SageExampleSettings(Map.copyOf(options), name);
    }

    /** Sets the {@code sage.*} options on the context's {@code sage} component; an unknown option is an error. */
    void applyTo(CamelContext context) throws ConfigurationException {
        SageComponent sage = context.getComponent("sage", SageComponent.class);
        Map<String, Object> unbound = new LinkedHashMap<>(componentOptions);
        PropertyBindingSupport.build()
                .withCamelContext(context)
                .withTarget(sage)
                .withConfigurer(sage.getComponentPropertyConfigurer())
                .withProperties(unbound)
                .withIgnoreCase(true)
                .withRemoveParameters(true)
                .bind();
        if (!unbound.isEmpty()) {
            String key = unbound.keySet().iterator().next();
            throw new ConfigurationException(COMPONENT_PREFIX + key, "not an option of the sage component; use the"
                                                                    + " names of camel.component.sage.* (for example"
                                                                    + " sage.username, sage.apiKey, sage.companyId)");
        }
    }
}
