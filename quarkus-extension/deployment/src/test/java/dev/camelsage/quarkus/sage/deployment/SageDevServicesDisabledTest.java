package dev.camelsage.quarkus.sage.deployment;

import java.util.stream.Stream;

import dev.camelsage.sage.SageComponent;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Switched off, Dev Services start nothing and configure nothing, even with no base URL. */
class SageDevServicesDisabledTest {

    @RegisterExtension
    static final QuarkusUnitTest QUARKUS = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(BuildItemProbe.class))
            .overrideConfigKey("quarkus.camel.sage.devservices.enabled", "false")
            .addBuildChainCustomizer(BuildItemProbe.record(DevServicesResultBuildItem.class, item -> Stream.of(item.getName())));

    @Inject
    CamelContext context;

    @Test
    void noSimulatorAndNoBaseUrl() {
        assertThat(BuildItemProbe.recorded(DevServicesResultBuildItem.class)).doesNotContain(SageProcessor.FEATURE);
        assertThat(ConfigProvider.getConfig().getOptionalValue("camel.component.sage.base-url", String.class)).isEmpty();
        assertThat(context.getComponent("sage", SageComponent.class).getConfiguration().getBaseUrl()).isNull();
    }
}
