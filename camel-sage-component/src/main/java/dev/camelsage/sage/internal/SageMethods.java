package dev.camelsage.sage.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What differs between Sage service methods for {@code operation=call}: the HTTP verb, and what the answer holds. */
public final class SageMethods {

    private static final Pattern METHOD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    /** Methods sent as POST with a JSON body on any service (lower case); AllowDelete is a GET on attachments. */
    private static final Set<String> POST_METHODS = Set.of(
            "calculate", "email", "emaildeliverynote", "validate", "allowdelete", "updatetaskstatus",
            "geteventsindaterange", "gettasksdueindaterange", "gettasksduespecificdate", "gettasksforspecificdate",
            "getsummary", "getdetail", "getsuppliertransactionlistingreportingdetail",
            "getcustomerzoneinvoiceurl", "getcustomerzonequoteurl");

    /** Methods sent as DELETE: {@code Delete/{id}}, and {@code DeleteAll/{guid}} of attachments (lower case). */
    private static final Set<String> DELETE_METHODS = Set.of("delete", "deleteall");

    /** Methods whose answer is a record of the service itself, read as its model class (lower case). */
    private static final Set<String> ENTITY_METHODS = Set.of("get", "current", "calculate", "save", "savebatch");

    /** Methods that change nothing at Sage, so sending them again after a lost answer is harmless (lower case). */
    private static final Set<String> READ_ONLY_POST_METHODS = Set.of("calculate", "validate", "allowdelete");

    private SageMethods() {
    }

    /** Rejects a method name that is not a plain identifier, so it can never change the request path. */
    public static String checkName(String entity, String method) {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("operation=call on sage:" + entity + " needs a method, such as Calculate"
                                               + " or GetWithSystemAccounts: set the method option or the"
                                               + " CamelSageMethod header.");
        }
        if (!METHOD_NAME.matcher(method).matches()) {
            throw new IllegalArgumentException("'" + method + "' is not a Sage method name: use letters and digits"
                                               + " only, such as Calculate.");
        }
        return method;
    }

    /**
     * GET, POST or DELETE: the {@code httpMethod} option wins, then the verbs of the reference (§1.5, §2.1): Delete
     * and DeleteAll are DELETE, the known POST methods POST, every other method GET.
     */
    public static String httpMethod(String entity, String method, String forced) {
        if (forced != null && !forced.isBlank()) {
            return forced.toUpperCase(Locale.ROOT);
        }
        String name = method.toLowerCase(Locale.ROOT);
        if (DELETE_METHODS.contains(name)) {
            return "DELETE";
        }
        boolean post = POST_METHODS.contains(name) && !(name.equals("allowdelete") && isAttachment(entity))
                || name.startsWith("save")
                || name.equals("get") && !SageEntities.hasList(entity)
                // TrialBalance exports take criteria; documents' Export/{id} downloads a PDF with GET
                || name.equals("export") && entity.equals("TrialBalance");
        return post ? "POST" : "GET";
    }

    /** Whether the call uploads a file: {@code Save} on an {@code ...Attachment} service, sent as multipart. */
    public static boolean isUpload(String entity, String method) {
        return isAttachment(entity) && method.equalsIgnoreCase("Save");
    }

    /** Whether the service holds the files of another, such as {@code TaxInvoiceAttachment}. */
    private static boolean isAttachment(String entity) {
        return entity.endsWith("Attachment") && entity.length() > "Attachment".length();
    }

    public static boolean returnsEntity(String method) {
        return ENTITY_METHODS.contains(method.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a lost answer to this call may be followed by the same call without risk of doing it twice: reads, and
     * deletes (as {@code operation=delete}: a second delete of the same record changes nothing more).
     */
    public static boolean repeatable(String httpMethod, String method) {
        String name = method.toLowerCase(Locale.ROOT);
        return "GET".equals(httpMethod) || "DELETE".equals(httpMethod) || READ_ONLY_POST_METHODS.contains(name)
               || name.startsWith("get");
    }
}
