package dev.camelsage.quarkus.sage.deployment;

import io.quarkus.deployment.builditem.nativeimage.NativeImageResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a native image needs is registered at build time: the entities Jackson binds, the exceptions routes name, and
 * the YAML error handling. Native images cannot be built here, so the build items themselves are checked.
 */
class SageNativeRegistrationTest {

    @RegisterExtension
    static final QuarkusUnitTest QUARKUS = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(BuildItemProbe.class))
            .addBuildChainCustomizer(BuildItemProbe.record(ReflectiveClassBuildItem.class,
                    item -> item.getClassNames().stream()))
            .addBuildChainCustomizer(BuildItemProbe.record(NativeImageResourceBuildItem.class,
                    item -> item.getResources().stream()));

    @Test
    void entitiesAndExceptionsAreRegisteredForReflection() {
        assertThat(BuildItemProbe.recorded(ReflectiveClassBuildItem.class)).contains(
                "dev.camelsage.sage.model.Customer",
                "dev.camelsage.sage.model.TaxInvoice",
                "dev.camelsage.sage.model.CommercialDocumentLine",
                "dev.camelsage.sage.model.SageEntity",
                "dev.camelsage.sage.exception.SageRateLimitException",
                "dev.camelsage.sage.exception.SageConflictException");
    }

    @Test
    void errorHandlingYamlIsIncludedInTheImage() {
        assertThat(BuildItemProbe.recorded(NativeImageResourceBuildItem.class)).contains(SageProcessor.ERROR_HANDLING_YAML);
    }
}
