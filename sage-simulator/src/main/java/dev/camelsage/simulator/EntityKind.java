package dev.camelsage.simulator;

/** What a service's entities are, which decides the derived fields the simulator maintains for them. */
enum EntityKind {
    /** Company: listed per user, never saved through the API. */
    COMPANY,
    /** Customers, items, tax types, categories, accounts, notes ...: stored as bound. */
    MASTER,
    /** Invoices, returns, quotes, orders: lines whose totals the simulator computes. */
    DOCUMENT,
    /** Receipts, payments and write-offs: a Total that allocations use up. */
    PAYMENT,
    /** Links a payment or return to an invoice and reduces the invoice's AmountDue. */
    ALLOCATION,
    /** Journal entries: amounts stored as sent, rounded to cents. */
    JOURNAL,
    /** {Entity}Attachment services: files attached to an entity of another service. */
    ATTACHMENT,
    /** Services without entities of their own, only methods (CustomerZone). */
    FUNCTION
}
