package dev.camelsage.examples.karaf;

import java.util.Dictionary;
import java.util.Hashtable;

import org.apache.camel.CamelContext;
import org.apache.camel.karaf.core.OsgiDefaultCamelContext;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationException;
import org.osgi.service.cm.ManagedService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the example's Camel context once Karaf's configuration admin delivers the configuration
 * {@value #PID} ({@code etc/dev.camelsage.examples.karaf.cfg}), and restarts it whenever that file changes.
 * No Blueprint, no Spring: the context is Camel Karaf's {@link OsgiDefaultCamelContext}, which finds the
 * {@code sage} component in its bundle.
 */
public final class SageExampleActivator implements BundleActivator, ManagedService {

    /** The configuration PID; Karaf reads it from {@code etc/<pid>.cfg}. */
    public static final String PID = "dev.camelsage.examples.karaf";

    private static final Logger LOG = LoggerFactory.getLogger(SageExampleActivator.class);

    private BundleContext bundleContext;
    private ServiceRegistration<ManagedService> registration;
    private CamelContext camelContext;
    private boolean stopped;

    @Override
    public synchronized void start(BundleContext context) {
        bundleContext = context;
        stopped = false;
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_PID, PID);
        registration = context.registerService(ManagedService.class, this, properties);
    }

    @Override
    public synchronized void stop(BundleContext context) {
        stopped = true;
        registration.unregister();
        stopCamel();
    }

    @Override
    public synchronized void updated(Dictionary<String, ?> properties) throws ConfigurationException {
        stopCamel();
        if (stopped) {
            return;
        }
        if (properties == null) {
            LOG.info("The Sage example waits for its configuration: create etc/{}.cfg (see the example's README)", PID);
            return;
        }
        SageExampleSettings settings = SageExampleSettings.from(properties);
        CamelContext context = new OsgiDefaultCamelContext(bundleContext);
        try {
            settings.applyTo(context);
            context.addRoutes(new SageCustomerRoutes(settings.customerName()));
            context.start();
        } catch (ConfigurationException e) {
            context.stop();
            throw e;
        } catch (Exception e) {
            context.stop();
            throw new ConfigurationException(null, "The Sage example could not start its Camel context: "
                                                   + e.getMessage(), e);
        }
        camelContext = context;
    }

    private void stopCamel() {
        if (camelContext != null) {
            camelContext.stop();
            camelContext = null;
        }
    }
}
