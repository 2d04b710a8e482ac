package dev.camelsage.quarkus.sage.deployment;

import java.util.List;

import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.ExtensionSslNativeSupportBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import org.jboss.jandex.ClassInfo;

class SageProcessor {

    static final String FEATURE = "camel-sage";

    /**
     * Packages whose classes are used by reflection: entities and list pages (Jackson), and the exceptions that
     * routes name by class, as the YAML error-handling configuration does.
     */
    static final List<String> REFLECTIVE_PACKAGES = List.of("dev.camelsage.sage.model", "dev.camelsage.sage.exception");

    /** The ready-made error handling that YAML routes load from the class path. */
    static final String ERROR_HANDLING_YAML = "camel-sage/sage-error-handling.camel.yaml";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    @BuildStep
    ExtensionSslNativeSupportBuildItem activateSslNativeSupport() {
        return new ExtensionSslNativeSupportBuildItem(FEATURE);
    }

    @BuildStep
    IndexDependencyBuildItem indexComponent() {
        return new IndexDependencyBuildItem("dev.camelsage", "camel-sage");
    }

    @BuildStep
    NativeImageResourceBuildItem errorHandlingRoutes() {
        return new NativeImageResourceBuildItem(ERROR_HANDLING_YAML);
    }

    @BuildStep
    ReflectiveClassBuildItem registerForReflection(CombinedIndexBuildItem combinedIndex) {
        String[] names = combinedIndex.getIndex().getKnownClasses().stream()
                .map(ClassInfo::name)
                .map(Object::toString)
                .filter(name -> REFLECTIVE_PACKAGES.stream().anyMatch(p -> name.startsWith(p + ".")))
                .sorted()
                .toArray(String[]::new);
        return ReflectiveClassBuildItem.builder(names).constructors().methods().fields().build();
    }
}
