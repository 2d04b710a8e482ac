package dev.camelsage.quarkus.sage.deployment;

import java.util.List;
import java.util.function.Consumer;

import io.quarkus.builder.BuildChainBuilder;
import io.quarkus.builder.BuildContext;
import io.quarkus.deployment.builditem.FeatureBuildItem;
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

    private static final String REFLECTIVE = SageNativeRegistrationTest.class.getName() + ".reflective";
    private static final String RESOURCES = SageNativeRegistrationTest.class.getName() + ".resources";

    @RegisterExtension
    static final QuarkusUnitTest QUARKUS = new QuarkusUnitTest()
            .withEmptyApplication()
            .addBuildChainCustomizer(recordNativeRegistrations());

    @Test
    void entitiesAndExceptionsAreRegisteredForReflection() {
        assertThat(List.of(System.getProperty(REFLECTIVE, "").split(","))).contains(
                "dev.camelsage.sage.model.Customer",
                "dev.camelsage.sage.model.TaxInvoice",
                "dev.camelsage.sage.model.CommercialDocumentLine",
                "dev.camelsage.sage.exception.SageRateLimitException",
                "dev.camelsage.sage.exception.SageConflictException");
    }

    @Test
    void errorHandlingYamlIsIncludedInTheImage() {
        assertThat(System.getProperty(RESOURCES, "")).contains(SageProcessor.ERROR_HANDLING_YAML);
    }

    // Build steps run in the test's first class loader and the test methods in Quarkus' one: system properties
    // carry what the build produced across.
    private static Consumer<BuildChainBuilder> recordNativeRegistrations() {
        return chain -> chain.addBuildStep((BuildContext context) -> {
            System.setProperty(REFLECTIVE, String.join(",", context.consumeMulti(ReflectiveClassBuildItem.class).stream()
                    .flatMap(item -> item.getClassNames().stream()).toList()));
            System.setProperty(RESOURCES, String.join(",", context.consumeMulti(NativeImageResourceBuildItem.class).stream()
                    .flatMap(item -> item.getResources().stream()).toList()));
            context.produce(new FeatureBuildItem("sage-native-registration-probe"));
        }).consumes(ReflectiveClassBuildItem.class).consumes(NativeImageResourceBuildItem.class)
                .produces(FeatureBuildItem.class).build();
    }
}
