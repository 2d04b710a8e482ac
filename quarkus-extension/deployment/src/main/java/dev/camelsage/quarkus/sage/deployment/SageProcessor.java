package dev.camelsage.quarkus.sage.deployment;

import java.util.List;

import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.ExtensionSslNativeSupportBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import org.jboss.jandex.ClassInfo;

class SageProcessor {

    static final String FEATURE = "camel-sage";

    /** Packages whose classes Jackson reads and writes by reflection: entities, list pages, error bodies. */
    static final List<String> REFLECTIVE_PACKAGES = List.of("dev.camelsage.sage.model");

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
    ReflectiveClassBuildItem registerModelForReflection(CombinedIndexBuildItem combinedIndex) {
        String[] names = combinedIndex.getIndex().getKnownClasses().stream()
                .map(ClassInfo::name)
                .map(Object::toString)
                .filter(name -> REFLECTIVE_PACKAGES.stream().anyMatch(p -> name.startsWith(p + ".")))
                .sorted()
                .toArray(String[]::new);
        return ReflectiveClassBuildItem.builder(names).constructors().methods().fields().build();
    }
}
