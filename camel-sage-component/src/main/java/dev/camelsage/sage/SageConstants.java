package dev.camelsage.sage;

import org.apache.camel.spi.Metadata;

/** Headers a {@code sage:} endpoint reads (to override its options per message) and writes (about the result). */
public final class SageConstants {

    @Metadata(label = "producer", description = "The operation to perform, overriding the endpoint's `operation` option"
                                                + " for this message.",
              javaType = "dev.camelsage.sage.SageOperation")
    public static final String OPERATION = "CamelSageOperation";

    @Metadata(description = "The ID of the record for `getById`, `delete` and `call`, overriding the endpoint's `id`"
                            + " option. Set by the consumer on each exchange (the ID of the record it carries) and by"
                            + " `save` (the ID of the saved record), so a following `call` such as `Email` names it.",
              javaType = "Long")
    public static final String ID = "CamelSageId";

    @Metadata(label = "producer", description = "The company to call, overriding the endpoint's `companyId` option. Records"
                                                + " belong to one company: an ID from another company answers 404.",
              javaType = "Long")
    public static final String COMPANY_ID = "CamelSageCompanyId";

    @Metadata(label = "producer", description = "The OData `$filter` of a `get`, overriding the endpoint's `filter` option."
                                                + " Sage filters on numbers, dates and booleans, not on strings.",
              javaType = "String")
    public static final String FILTER = "CamelSageFilter";

    @Metadata(label = "producer", description = "Whether a `get` of documents asks Sage for their lines, overriding the"
                                                + " endpoint's `includeDetail` option.",
              javaType = "Boolean")
    public static final String INCLUDE_DETAIL = "CamelSageIncludeDetail";

    @Metadata(label = "producer", description = "The OData `$orderby` of a `get`, overriding the endpoint's `orderBy`"
                                                + " option.",
              javaType = "String")
    public static final String ORDER_BY = "CamelSageOrderBy";

    @Metadata(label = "producer", description = "The OData `$top` of a `get` (how many records), overriding the endpoint's"
                                                + " `top` option.",
              javaType = "Integer")
    public static final String TOP = "CamelSageTop";

    @Metadata(label = "producer", description = "The OData `$skip` of a `get` (how many records to pass over), overriding"
                                                + " the endpoint's `skip` option.",
              javaType = "Integer")
    public static final String SKIP = "CamelSageSkip";

    @Metadata(label = "producer", description = "The service method for the `call` operation (such as `Calculate` or"
                                                + " `Email`), overriding the endpoint's `method` option.",
              javaType = "String")
    public static final String METHOD = "CamelSageMethod";

    @Metadata(label = "producer", description = "Result of a `get` (and of a `call` answering a list): how many records"
                                                + " match in total, across all pages.",
              javaType = "Long")
    public static final String TOTAL_RESULTS = "CamelSageTotalResults";

    @Metadata(label = "producer", description = "Result of a `get` (and of a `call` answering a list): how many records"
                                                + " the body holds.",
              javaType = "Integer")
    public static final String RETURNED_RESULTS = "CamelSageReturnedResults";

    @Metadata(label = "producer", description = "Result of a `save` that created a record: the URL of the new record, from"
                                                + " Sage's `Location` response header.",
              javaType = "String")
    public static final String LOCATION = "CamelSageLocation";

    @Metadata(label = "producer", description = "The HTTP status Sage answered with (200, 201 for a create, 204 for a"
                                                + " delete).",
              javaType = "Integer")
    public static final String RESPONSE_CODE = "CamelSageResponseCode";

    @Metadata(label = "producer", description = "Requests the company may still make in the current window of"
                                                + " `rateLimitPeriod`, as the component counts them.",
              javaType = "Integer")
    public static final String RATE_LIMIT_REMAINING = "CamelSageRateLimitRemaining";

    @Metadata(label = "producer", description = "Requests the company may still make today (`dailyRateLimit`), as the"
                                                + " component counts them.",
              javaType = "Integer")
    public static final String DAILY_RATE_LIMIT_REMAINING = "CamelSageDailyRateLimitRemaining";

    @Metadata(label = "producer", description = "Result of a `delete` with `deleteConflictStrategy=skip`: true when Sage"
                                                + " refused the delete (409) because other records use the record, which"
                                                + " was left as it was.",
              javaType = "Boolean")
    public static final String DELETE_SKIPPED = "CamelSageDeleteSkipped";

    @Metadata(label = "producer", description = "Result of a `delete` sent again after an attempt whose answer was lost"
                                                + " (the connection dropped or timed out): true when Sage answered 404,"
                                                + " because the lost attempt (or someone else) had already deleted the"
                                                + " record. The exchange succeeds with CamelSageResponseCode=404.",
              javaType = "Boolean")
    public static final String ALREADY_DELETED = "CamelSageAlreadyDeleted";

    @Metadata(label = "producer", description = "Result of a `delete` with `deleteConflictStrategy=deactivate`: true when"
                                                + " Sage refused the delete (409) and the record was saved with"
                                                + " Active=false instead; the body is the saved record.",
              javaType = "Boolean")
    public static final String DEACTIVATED = "CamelSageDeactivated";

    @Metadata(label = "producer", description = "Result of a create with `reconcileBy`: true when the answer to an earlier"
                                                + " attempt was lost and the record it created was found and returned"
                                                + " instead of being created again.",
              javaType = "Boolean")
    public static final String RECONCILED = "CamelSageReconciled";

    @Metadata(label = "consumer", description = "The `Modified` date of the record the exchange carries, as Sage wrote it"
                                                + " (local time, no offset). With the ID it names the version delivered:"
                                                + " a record changed again is delivered again, with a later Modified.",
              javaType = "String")
    public static final String MODIFIED = "CamelSageModified";

    private SageConstants() {
    }
}
