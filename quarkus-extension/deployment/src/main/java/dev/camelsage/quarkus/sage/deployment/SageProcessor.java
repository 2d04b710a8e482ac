package dev.camelsage.quarkus.sage.deployment;

import java.util.List;

import dev.camelsage.quarkus.sage.runtime.SageQuotaMeters;
import dev.camelsage.quarkus.sage.runtime.SageQuotaStoreRecorder;
import dev.camelsage.sage.quota.SageQuotaStore;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.bootstrap.classloading.QuarkusClassLoader;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.IsDevelopment;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.ExtensionSslNativeSupportBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import jakarta.inject.Singleton;
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

    /**
     * In dev mode the component's quota store outlives live reloads (see {@link SageQuotaStoreRecorder}). A default
     * bean: a store the application binds itself (a shared one) wins, and the component autowires whichever remains.
     */
    @BuildStep(onlyIf = IsDevelopment.class)
    @Record(ExecutionTime.STATIC_INIT)
    SyntheticBeanBuildItem quotaStoreKeptAcrossReloads(SageQuotaStoreRecorder recorder) {
        return SyntheticBeanBuildItem.configure(SageQuotaStore.class)
                .scope(Singleton.class)
                .defaultBean()
                .unremovable()
                .supplier(recorder.quotaStoreKeptAcrossReloads())
                .done();
    }

    /** Quota gauges, only for applications with Micrometer (camel-quarkus-micrometer or quarkus-micrometer). */
    @BuildStep
    AdditionalBeanBuildItem quotaMeters(Capabilities capabilities) {
        return capabilities.isPresent(Capability.METRICS)
                && QuarkusClassLoader.isClassPresentAtRuntime("io.micrometer.core.instrument.MeterRegistry")
                ? AdditionalBeanBuildItem.unremovableOf(SageQuotaMeters.class) : null;
    }
}
