package dev.camelsage.sage.hazelcast;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar is an OSGi bundle that accepts Camel Karaf's Camel (4.14 on), any Hazelcast 5 from 5.3, and this release's SPI. */
class HazelcastBundleManifestTest {

    @Test
    void importsCamelHazelcastAndTheQuotaSpiWithRangesAndExportsItsOwnPackage() throws Exception {
        Attributes main;
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "META-INF", "MANIFEST.MF"))) {
            main = new Manifest(in).getMainAttributes();
        }

        assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo("dev.camelsage.camel-sage-hazelcast");
        assertThat(main.getValue("Export-Package")).startsWith("dev.camelsage.sage.hazelcast;version=\"0.1.0\"");
        assertThat(main.getValue("Import-Package"))
                .contains("org.apache.camel.support.cluster;version=\"[4.14,5)\"")
                .contains("com.hazelcast.map;version=\"[5.3,6)\"")
                .contains("com.hazelcast.core;version=\"[5.3,6)\"")
                .contains("dev.camelsage.sage.quota;version=\"[0.1,0.2)\"");
    }
}
