package dev.camelsage.sage.springboot;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Masks the Sage password and API key in actuator's {@code configprops} and {@code env} endpoints even where an
 * application shows values ({@code management.endpoint.*.show-values=always}): Spring Boot 3 masks by that setting,
 * not by key name. Matches every spelling of the two keys ({@code camel.component.sage.api-key}, {@code apiKey} in
 * configprops, {@code CAMEL_COMPONENT_SAGE_APIKEY} in the environment).
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class SageSecretsSanitizingConfiguration {

    private static final Set<String> SECRETS = Set.of("camelcomponentsagepassword", "camelcomponentsageapikey");

    @Bean
    public SanitizingFunction sageSecretsSanitizingFunction() {
        return data -> isSageSecret(data.getKey()) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
    }

    static boolean isSageSecret(String key) {
        return key != null && SECRETS.contains(key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }
}
