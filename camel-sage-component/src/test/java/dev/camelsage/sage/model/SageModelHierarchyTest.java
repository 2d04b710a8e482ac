package dev.camelsage.sage.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.camelsage.sage.internal.SageEntities;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A field declared twice in a model's class hierarchy (TaxInvoice's Paid once was) hides one Sage property. */
class SageModelHierarchyTest {

    @Test
    void noModelDeclaresAFieldItsSuperclassesAlreadyHave() {
        Set<Class<?>> models = new LinkedHashSet<>();
        SageEntities.names().stream().map(SageEntities::modelClass).filter(SageEntity.class::isAssignableFrom)
                .forEach(models::add);
        models.add(CommercialDocumentLine.class);

        List<String> duplicates = new ArrayList<>();
        for (Class<?> model : models) {
            Map<String, Class<?>> declaredBy = new HashMap<>();
            for (Class<?> type = model; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    Class<?> first = declaredBy.putIfAbsent(field.getName().toLowerCase(Locale.ROOT), type);
                    if (first != null) {
                        duplicates.add(model.getSimpleName() + "." + field.getName() + " in " + first.getSimpleName()
                                       + " and " + type.getSimpleName());
                    }
                }
            }
        }
        assertThat(models).hasSizeGreaterThan(20);
        assertThat(duplicates).isEmpty();
    }
}
