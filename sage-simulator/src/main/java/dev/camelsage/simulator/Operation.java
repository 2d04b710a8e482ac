package dev.camelsage.simulator;

import java.util.Arrays;
import java.util.Optional;

/** The actions a Sage controller can offer, with the verb each answers to. */
enum Operation {
    GET("Get", "GET"),
    SAVE("Save", "POST"),
    DELETE("Delete", "DELETE"),
    CALCULATE("Calculate", "POST"),
    SAVE_BATCH("SaveBatch", "POST"),
    GET_WITH_SYSTEM_ACCOUNTS("GetWithSystemAccounts", "GET");

    final String action;
    final String verb;

    Operation(String action, String verb) {
        this.action = action;
        this.verb = verb;
    }

    static Optional<Operation> byAction(String action) {
        return Arrays.stream(values()).filter(o -> o.action.equalsIgnoreCase(action)).findFirst();
    }
}
