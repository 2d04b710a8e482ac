package dev.camelsage.sage;

/** What a delete does when Sage refuses it with 409 because other records use the record. */
public enum SageDeleteConflictStrategy {

    /** Throw {@link dev.camelsage.sage.exception.SageConflictException}. */
    fail,
    /** Leave the record as it is, set {@code CamelSageDeleteSkipped=true} and carry on. */
    skip,
    /** Read the record and save it with {@code Active=false}; set {@code CamelSageDeactivated=true}. */
    deactivate
}
