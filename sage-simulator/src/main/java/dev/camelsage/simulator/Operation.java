package dev.camelsage.simulator;

import java.util.Optional;

/** The actions a Sage controller can offer, with the verb each answers to. */
enum Operation {
    GET("Get", "GET"),
    SAVE("Save", "POST"),
    DELETE("Delete", "DELETE"),
    CALCULATE("Calculate", "POST"),
    SAVE_BATCH("SaveBatch", "POST"),
    GET_WITH_SYSTEM_ACCOUNTS("GetWithSystemAccounts", "GET");

    private static final Operation[] VALUES = values();

    final String action;
    final String verb;

    Operation(String action, String verb) {
        this.action = action;
        this.verb = verb;
    }

    static Optional<Operation> byAction(String action) {
        for (Operation operation : VALUES) {
            if (operation.action.equalsIgnoreCase(action)) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }
}
