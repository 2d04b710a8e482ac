package dev.camelsage.quarkus.sage.deployment;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import io.quarkus.builder.BuildChainBuilder;
import io.quarkus.builder.BuildContext;
import io.quarkus.builder.item.MultiBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;

/**
 * Records what the build produced, for a test to assert on. Build steps run in the test's first class loader and the
 * test methods in Quarkus' one, so the names travel in a system property.
 */
final class BuildItemProbe {

    private BuildItemProbe() {
    }

    static <T extends MultiBuildItem> Consumer<BuildChainBuilder> record(Class<T> type, Function<T, Stream<String>> names) {
        String property = property(type);
        return chain -> chain.addBuildStep((BuildContext context) -> {
            System.setProperty(property, String.join(",", context.consumeMulti(type).stream().flatMap(names).toList()));
            context.produce(new FeatureBuildItem("probe-" + type.getSimpleName()));
        }).consumes(type).produces(FeatureBuildItem.class).build();
    }

    /** What the last build produced of that type. */
    static List<String> recorded(Class<? extends MultiBuildItem> type) {
        String value = System.getProperty(property(type));
        if (value == null) {
            throw new IllegalStateException("No build recorded " + type.getSimpleName());
        }
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }

    private static String property(Class<?> type) {
        return BuildItemProbe.class.getName() + "." + type.getName();
    }
}
