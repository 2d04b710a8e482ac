package dev.camelsage.chaos;

/**
 * What one step of a business case came to, as the application saw it.
 *
 * @param caseNo     the business case
 * @param step       the route (createCustomer, raiseInvoice, ...)
 * @param key        the record's unique value: Name, Code, Reference, or the record's ID for updates and deletes
 * @param id         the record's ID once known, else {@code null}
 * @param dead       the dead letter's reason (exception type) when the route gave up, else {@code null}
 * @param reconciled the create's answer was lost and the record found again instead of being created twice
 * @param flag       a header the step set: CamelSageDeactivated or CamelSageDeleteSkipped, else {@code null}
 * @param exchangeId the exchange, to join the attempts the fault ledger saw
 */
record StepResult(int caseNo, String step, String key, Long id, String dead, boolean reconciled, String flag,
                  String exchangeId) {

    boolean ok() {
        return dead == null;
    }
}
