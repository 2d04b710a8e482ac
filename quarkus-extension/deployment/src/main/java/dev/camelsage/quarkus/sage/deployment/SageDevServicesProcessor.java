package dev.camelsage.quarkus.sage.deployment;

import java.util.Optional;

import io.quarkus.deployment.IsDevServicesSupportedByLaunchMode;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.BuildSteps;
import io.quarkus.deployment.builditem.CuratedApplicationShutdownBuildItem;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.deployment.dev.devservices.DevServicesConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Dev Services for Sage: in dev and test mode, when no base URL is configured, runs the Sage simulator and points the
 * component at it. The simulator lives in the build's class loader, so live reloads and test classes that build the
 * same application reuse it (with its data, journal and quota counters); it stops with the application, or when a
 * reload changes its settings or configures a base URL.
 */
@BuildSteps(onlyIf = { IsDevServicesSupportedByLaunchMode.class, DevServicesConfig.Enabled.class })
class SageDevServicesProcessor {

    private static final Logger LOG = Logger.getLogger(SageDevServicesProcessor.class);

    private static volatile SageSimulatorDevService running;
    private static volatile boolean closeTaskAdded;

    @BuildStep
    DevServicesResultBuildItem startSimulator(SageBuildTimeConfig config, CuratedApplicationShutdownBuildItem shutdown) {
        SageBuildTimeConfig.DevServices wanted = config.devservices();
        if (!wanted.enabled() || baseUrlConfigured()) {
            LOG.debug("Dev Services for Sage not started: disabled, or camel.component.sage.base-url is set");
            stop();
            return null;
        }
        SageSimulatorDevService service = running;
        if (service == null || !service.requestedPort().equals(wanted.port())) {
            stop();
            service = SageSimulatorDevService.start(wanted.port());
            running = service;
            LOG.info(service.describe());
        }
        if (!closeTaskAdded) {
            closeTaskAdded = true;
            shutdown.addCloseTask(() -> {
                stop();
                closeTaskAdded = false;
            }, true);
        }
        return new DevServicesResultBuildItem(SageProcessor.FEATURE, service.describe(), null, service.config());
    }

    /**
     * Whether the application sets a base URL in any configuration source (properties, environment, profile), in either
     * spelling. On a live reload the build also sees the URL this processor gave the running simulator: that one is
     * not the application's.
     */
    private static boolean baseUrlConfigured() {
        Config config = ConfigProvider.getConfig();
        Optional<String> baseUrl = config.getOptionalValue(SageSimulatorDevService.BASE_URL, String.class)
                .or(() -> config.getOptionalValue(SageSimulatorDevService.PREFIX + "baseUrl", String.class))
                .filter(url -> !url.isBlank());
        SageSimulatorDevService service = running;
        return baseUrl.isPresent() && (service == null || !baseUrl.get().equals(service.simulator().baseUrl()));
    }

    private static synchronized void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
    }
}
