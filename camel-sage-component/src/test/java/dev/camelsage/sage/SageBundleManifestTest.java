package dev.camelsage.sage;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar is an OSGi bundle that Camel Karaf (4.14 LTS and later) can resolve and whose components its extender
 * finds: version ranges on Camel and Jackson, and Camel's service files at the bundle root.
 */
class SageBundleManifestTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void manifestImportsCamelFrom414AndJacksonFrom217AndExportsThePublicApiOnly() throws Exception {
        Attributes main = manifest().getMainAttributes();

        assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo("dev.camelsage.camel-sage");
        List<String> exported = new ArrayList<>();
        Matcher packages = Pattern.compile("(?:^|,)(dev\\.camelsage[\\w.]*)").matcher(main.getValue("Export-Package"));
        while (packages.find()) {
            exported.add(packages.group(1));
        }
        assertThat(exported).containsExactlyInAnyOrder("dev.camelsage.sage", "dev.camelsage.sage.model",
                "dev.camelsage.sage.exception", "dev.camelsage.sage.quota");
        assertThat(CLASSES.resolve("dev/camelsage/sage/internal/client/SageApi.class")).as("kept inside the bundle")
                .isRegularFile();
        assertThat(main.getValue("Import-Package"))
                .contains("org.apache.camel;version=\"[4.14,5)\"")
                .contains("org.apache.camel.support;version=\"[4.14,5)\"")
                .contains("com.fasterxml.jackson.databind;version=\"[2.17,3)\"");
    }

    @Test
    void camelServiceFilesSitAtTheBundleRoot() {
        Path services = CLASSES.resolve("META-INF/services/org/apache/camel");

        assertThat(services.resolve("component/sage")).isRegularFile();
        assertThat(services.resolve("configurer/sage-component")).isRegularFile();
        assertThat(services.resolve("configurer/sage-endpoint")).isRegularFile();
        assertThat(services.resolve("urifactory/sage-endpoint")).isRegularFile();
    }

    private static Manifest manifest() throws Exception {
        try (InputStream in = Files.newInputStream(CLASSES.resolve("META-INF/MANIFEST.MF"))) {
            return new Manifest(in);
        }
    }
}
