package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ASP.NET's model binding errors, keyed like {@code taxInvoice.Lines[0].SelectionId}, answered as one 400. */
final class ModelState {

    private final String prefix;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    ModelState(ServiceSchema schema) {
        this(schema.modelName());
    }

    /** @param parameterName the action's parameter, {@code taxInvoice} or {@code email} */
    ModelState(String parameterName) {
        this.prefix = parameterName + ".";
    }

    void add(String displayPath, String message) {
        errors.computeIfAbsent(prefix + displayPath, k -> new ArrayList<>()).add(message);
    }

    /** {@code {"Message":"The request is invalid.","ModelState":{"customer.Name":["The Name field is required."]}}} */
    void throwIfAny() {
        if (errors.isEmpty()) {
            return;
        }
        ObjectNode body = SageJson.object().put("Message", "The request is invalid.");
        ObjectNode modelState = body.putObject("ModelState");
        errors.forEach((key, messages) -> messages.forEach(modelState.withArray(key)::add));
        throw new SageError(SageResponse.json(400, body));
    }
}
