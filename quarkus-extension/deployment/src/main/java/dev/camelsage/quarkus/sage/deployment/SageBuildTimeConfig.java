package dev.camelsage.quarkus.sage.deployment;

import java.util.OptionalInt;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Build-time settings of the camel-sage extension. */
@ConfigMapping(prefix = "quarkus.camel.sage")
@ConfigRoot(phase = ConfigPhase.BUILD_TIME)
public interface SageBuildTimeConfig {

    /** Dev Services: the Sage simulator in dev and test mode. */
    DevServices devservices();

    interface DevServices {

        /**
         * Whether dev and test mode start the Sage simulator when {@code camel.component.sage.base-url} is not set, and
         * point the component at it with the simulator's demo company and credentials. Never in prod mode.
         */
        @WithDefault("true")
        boolean enabled();

        /** The port the simulator listens on (127.0.0.1); a free one when not set. */
        OptionalInt port();
    }
}
