package dev.camelsage.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Finds seeded entities by a text field, so tests do not depend on generated IDs. */
final class Seed {

    private Seed() {
    }

    static ObjectNode find(SageSimulator sim, String service, String field, String value) {
        return sim.store().list(SageSimulator.DEMO_COMPANY_ID, service).stream()
                .filter(e -> e.path(field).asText().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("No seeded " + service + " with " + field + " = " + value));
    }

    static long id(SageSimulator sim, String service, String field, String value) {
        return find(sim, service, field, value).get("ID").asLong();
    }

    static long standardRate(SageSimulator sim) {
        return id(sim, "TaxType", "Name", "Standard Rate");
    }

    static long customer(SageSimulator sim) {
        return id(sim, "Customer", "Name", "Acme Hardware (Pty) Ltd");
    }

    static long item(SageSimulator sim) {
        return id(sim, "Item", "Code", "HW-001");
    }

    static long salesAccount(SageSimulator sim) {
        return id(sim, "Account", "Name", "Sales");
    }
}
