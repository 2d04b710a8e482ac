package dev.camelsage.examples.springboot;

import java.io.File;

import dev.camelsage.sage.SageErrorHandling;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Writes every new or changed Sage invoice as a JSON file, on Spring Boot. The sage component is configured by
 * camel-sage-starter from {@code camel.component.sage.*} in application.yaml; the route adopts the ready-made
 * {@link SageErrorHandling}.
 */
@SpringBootApplication
public class SageInvoicesApplication {

    public static void main(String[] args) {
        SpringApplication.run(SageInvoicesApplication.class, args);
    }

    /** The ready-made Sage error handling; camel-spring-boot adds every route configuration bean to Camel. */
    @Bean
    SageErrorHandling sageErrorHandling() {
        return new SageErrorHandling();
    }

    /** The invoice consumer's watermark, kept in a file so that a restart writes only what changed since. */
    @Bean
    StateRepository<String, String> invoiceWatermarks(@Value("${sage.watermark-file}") File file) {
        return FileStateRepository.fileStateRepository(file);
    }
}
