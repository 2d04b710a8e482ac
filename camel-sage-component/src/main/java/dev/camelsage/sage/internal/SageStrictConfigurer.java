package dev.camelsage.sage.internal;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ExtendedPropertyConfigurerGetter;
import org.apache.camel.spi.GeneratedPropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;

/**
 * The generated configurer of the component or its endpoints, with every option given as text read strictly first
 * ({@link SageOptionTexts}): URIs and {@code camel.component.sage.*} properties both pass through it.
 */
public final class SageStrictConfigurer implements GeneratedPropertyConfigurer, ExtendedPropertyConfigurerGetter {

    private final PropertyConfigurer delegate;

    public SageStrictConfigurer(PropertyConfigurer delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean configure(CamelContext camelContext, Object target, String name, Object value, boolean ignoreCase) {
        SageOptionTexts.check(name, value);
        return delegate.configure(camelContext, target, name, value, ignoreCase);
    }

    @Override
    public Class<?> getOptionType(String name, boolean ignoreCase) {
        return getter().getOptionType(name, ignoreCase);
    }

    @Override
    public String[] getAutowiredNames() {
        return getter().getAutowiredNames();
    }

    @Override
    public Object getCollectionValueType(Object target, String name, boolean ignoreCase) {
        return getter().getCollectionValueType(target, name, ignoreCase);
    }

    @Override
    public Object getOptionValue(Object target, String name, boolean ignoreCase) {
        return getter().getOptionValue(target, name, ignoreCase);
    }

    @Override
    public Map<String, Object> getAllOptions(Object target) {
        return delegate instanceof ExtendedPropertyConfigurerGetter extended ? extended.getAllOptions(target) : Map.of();
    }

    private PropertyConfigurerGetter getter() {
        return (PropertyConfigurerGetter) delegate;
    }
}
