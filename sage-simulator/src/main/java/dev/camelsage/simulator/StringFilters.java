package dev.camelsage.simulator;

/**
 * What the simulator does with {@code $filter} and {@code $orderby} on strings. Sage's page says they "will not work
 * for string values of any kind", yet a 2.0.0-era integration relies on {@code indexof(Reference,'...') ge 0}, and
 * ricomaster sends {@code Name eq '...'} and {@code startswith(...)}: what Sage really does is unknown, so a component
 * must be correct under both.
 */
public enum StringFilters {
    /** 400 with Sage's sentence for any string literal, string function, or filter or order on a string field. */
    REFUSE,
    /**
     * Evaluates {@code eq ne gt ge lt le} on strings, {@code indexof(F,'x')}, {@code startswith(F,'x')},
     * {@code endswith(F,'x')} and {@code substringof('x',F)} (the OData v3 functions public clients send), and orders
     * by strings, all without regard to case as SQL Server's default collation compares.
     */
    EVALUATE
}
