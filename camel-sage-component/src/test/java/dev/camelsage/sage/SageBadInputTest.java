package dev.camelsage.sage;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.camelsage.sage.exception.SageAuthenticationException;
import dev.camelsage.sage.exception.SageConflictException;
import dev.camelsage.sage.exception.SageNotFoundException;
import dev.camelsage.sage.exception.SageServerException;
import dev.camelsage.sage.exception.SageValidationException;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.model.Item;
import dev.camelsage.sage.model.TaxInvoice;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a user gets for each kind of bad input: when it fails (the route's start, the message, or Sage's answer), the
 * exception type, a message naming the culprit, and whether anything reached Sage. Nothing refused on this side may
 * reach the simulator; what only Sage can judge must come back as the exception a route catches.
 */
class SageBadInputTest extends SageTestSupport {

    /** When a bad input must fail. */
    enum When {
        /** When the route starts (or the endpoint is created): nothing is sent. */
        START,
        /** When a message arrives: nothing is sent. */
        MESSAGE,
        /** Only Sage can judge it: the request is sent, and the answer becomes an exception. */
        ANSWER
    }

    /**
     * @param uri      the producer's endpoint, or with {@code from:} in front, a consumer
     * @param headers  the message's headers, worked out against the running test when they need a record's ID
     * @param mentions what the message must say: the culprit, and where it helps the fix
     */
    record BadInput(String name, When when, String uri, Object body,
                    Function<SageBadInputTest, Map<String, Object>> headers, Class<? extends Throwable> type,
                    List<String> mentions) {

        @Override
        public String toString() {
            return name;
        }
    }

    static BadInput atStart(String name, String uri, String... mentions) {
        return new BadInput(name, When.START, uri, null, test -> Map.of(), IllegalArgumentException.class,
                List.of(mentions));
    }

    static BadInput perMessage(String name, String uri, Object body, Map<String, Object> headers, String... mentions) {
        return new BadInput(name, When.MESSAGE, uri, body, test -> headers, IllegalArgumentException.class,
                List.of(mentions));
    }

    static BadInput fromSage(String name, String uri, Object body, Function<SageBadInputTest, Map<String, Object>> headers,
                             Class<? extends Throwable> type, String... mentions) {
        return new BadInput(name, When.ANSWER, uri, body, headers, type, List.of(mentions));
    }

    static Stream<BadInput> badInputs() {
        String customer = "sage:customer?companyId=1";
        return Stream.of(
                // Endpoint and route options.
                atStart("unknown entity", "sage:customers?companyId=1", "customers", "Did you mean Customer"),
                atStart("unknown operation", customer + "&operation=list", "operation", "list", "getById"),
                new BadInput("unknown option", When.START, customer + "&fitler=x", null, test -> Map.of(),
                        ResolveEndpointFailedException.class, List.of("fitler")),
                atStart("no companyId", "sage:customer", "companyId"),
                atStart("companyId text", "sage:customer?companyId=abc", "companyId", "abc"),
                atStart("companyId read as a duration", "sage:customer?companyId=2m", "companyId", "2m"),
                atStart("companyId zero", "sage:customer?companyId=0", "companyId", "at least 1"),
                atStart("companyId negative", "sage:customer?companyId=-3", "companyId", "-3"),
                atStart("companyId fraction", "sage:customer?companyId=1.5", "companyId", "1.5"),
                atStart("id text", customer + "&operation=getById&id=abc", "id", "abc"),
                atStart("id zero", customer + "&operation=getById&id=0", "id", "at least 1"),
                atStart("top text", customer + "&top=abc", "top", "abc"),
                atStart("top zero", customer + "&top=0", "top", "at least 1"),
                atStart("skip negative", customer + "&skip=-5", "skip", "-5"),
                atStart("skip text", customer + "&skip=ten", "skip", "ten"),
                atStart("boolean that is not", customer + "&streamResults=yes", "streamResults", "yes"),
                atStart("enum value unknown", customer + "&operation=delete&deleteConflictStrategy=bogus",
                        "deleteConflictStrategy", "bogus", "fail, skip, deactivate"),
                atStart("region unknown", customer + "&region=uk", "region", "uk", "za"),
                atStart("httpMethod unknown", customer + "&operation=call&method=Calculate&httpMethod=PUT",
                        "httpMethod", "PUT", "GET, POST, DELETE"),
                atStart("timeout text", customer + "&requestTimeout=soon", "requestTimeout", "soon"),
                atStart("timeout zero", customer + "&requestTimeout=0", "requestTimeout", "not positive"),
                atStart("connect timeout negative", customer + "&connectTimeout=-1", "connectTimeout"),
                atStart("rateLimit above Sage's", customer + "&rateLimit=500", "rateLimit", "customQuota=true"),
                atStart("rateLimit over a shorter window", customer + "&rateLimitPeriod=30s",
                        "rateLimit", "at most 100 requests in any minute"),
                atStart("dailyRateLimit above Sage's", customer + "&dailyRateLimit=6000", "dailyRateLimit",
                        "5,000", "customQuota=true"),
                atStart("maxFailedLogins at Sage's lock-out", customer + "&maxFailedLogins=20", "maxFailedLogins",
                        "24 hours"),
                atStart("blockDuration shorter than Sage's block", customer + "&blockDuration=1m", "blockDuration",
                        "at least an hour"),
                atStart("rateLimit zero", customer + "&rateLimit=0", "rateLimit", "0"),
                atStart("maxQuotaWait negative", customer + "&maxQuotaWait=-1", "maxQuotaWait"),
                atStart("progressLogInterval negative", customer + "&progressLogInterval=-1", "progressLogInterval"),
                atStart("proxyPort out of range", customer + "&proxyHost=proxy.local&proxyPort=70000", "proxyPort",
                        "70000"),
                atStart("apiVersion not a version", customer + "&apiVersion=latest", "apiVersion", "latest"),
                atStart("baseUrl not a URL", customer + "&baseUrl=accounting.sageone.co.za", "baseUrl",
                        "https://"),
                atStart("plain http to another host", customer + "&baseUrl=http://sage.example.com", "clear text",
                        "allowInsecureHttp=true"),
                atStart("streamResults with save", customer + "&operation=save&streamResults=true", "streamResults",
                        "operation=get"),
                atStart("httpMethod without call", customer + "&httpMethod=POST", "httpMethod", "operation=call"),
                atStart("query.apikey", customer + "&query.apikey=x", "query.apikey", "apiKey and companyId options"),
                atStart("query.companyid", customer + "&query.companyid=2", "query.companyid", "apiKey and companyId options"),
                atStart("delete of invoices", "sage:taxInvoice?companyId=1&operation=delete", "cannot delete",
                        "credit note", "CustomerReturn"),
                atStart("poll of a criteria service", "from:sage:customerStatement?companyId=1", "cannot be consumed",
                        "operation=call"),
                atStart("since not a date", "from:" + customer + "&since=yesterday", "since", "yesterday"),
                atStart("since a date where no dates are", "from:sage:journalEntry?companyId=1&since=2024-01-01",
                        "since", "neither Created nor Modified"),
                atStart("lookback negative", "from:" + customer + "&lookback=-1", "lookback"),
                atStart("maxMessagesPerPoll negative", "from:" + customer + "&maxMessagesPerPoll=-1",
                        "maxMessagesPerPoll"),
                atStart("pollReserve negative", "from:" + customer + "&pollReserve=-10", "pollReserve"),
                atStart("stateFile and stateRepository", "from:" + customer
                                                         + "&stateFile=target/w.dat&stateRepository=#sageState",
                        "stateFile", "stateRepository"),

                // Headers and bodies, per message.
                perMessage("CamelSageId text", customer + "&operation=getById", null,
                        Map.of(SageConstants.ID, "abc"), "CamelSageId", "abc"),
                perMessage("CamelSageId zero", customer + "&operation=getById", null,
                        Map.of(SageConstants.ID, 0), "CamelSageId", "at least 1"),
                perMessage("CamelSageCompanyId text", customer, null, Map.of(SageConstants.COMPANY_ID, "abc"),
                        "CamelSageCompanyId", "abc"),
                perMessage("CamelSageCompanyId read as a duration", customer, null,
                        Map.of(SageConstants.COMPANY_ID, "2m"), "CamelSageCompanyId", "2m"),
                perMessage("CamelSageTop text", customer, null, Map.of(SageConstants.TOP, "all"), "CamelSageTop",
                        "all"),
                perMessage("CamelSageSkip negative", customer, null, Map.of(SageConstants.SKIP, -1), "CamelSageSkip",
                        "-1"),
                perMessage("CamelSageOperation unknown", customer, null, Map.of(SageConstants.OPERATION, "list"),
                        "CamelSageOperation", "list"),
                perMessage("CamelSageIncludeDetail not a flag", "sage:taxInvoice?companyId=1", null,
                        Map.of(SageConstants.INCLUDE_DETAIL, "maybe"), "CamelSageIncludeDetail", "true or false"),
                perMessage("getById without id", customer + "&operation=getById", null, Map.of(), "id option",
                        "CamelSageId header"),
                perMessage("delete without id", customer + "&operation=delete", null, Map.of(), "id option",
                        "CamelSageId header"),
                perMessage("call without method", customer + "&operation=call", null, Map.of(), "method option",
                        "CamelSageMethod header"),
                perMessage("save of a list", customer + "&operation=save", List.of(SageFixtures.customer()),
                        Map.of(), "JSON array", "split(body())"),
                perMessage("save of a JSON array", customer + "&operation=save", "[{\"Name\":\"Acme\"}]", Map.of(),
                        "JSON array", "SaveBatch"),
                perMessage("save of a number", customer + "&operation=save", 42, Map.of(), "JSON number", "one Customer"),
                perMessage("save of text that is not JSON", customer + "&operation=save", "Name=Acme", Map.of(),
                        "is not JSON"),
                perMessage("save of another entity's record", "sage:supplier?companyId=1&operation=save",
                        SageFixtures.customer(), Map.of(), "Customer", "Supplier"),
                perMessage("create without the reconcileBy field", customer + "&operation=save&reconcileBy=Reference",
                        "{\"Name\":\"No reference\"}", Map.of(), "Reference"),
                perMessage("call of Delete on invoices", "sage:taxInvoice?companyId=1&operation=call&method=Delete&id=1",
                        null, Map.of(), "cannot delete", "credit note"),
                perMessage("upload without a file name", "sage:taxInvoiceAttachment?companyId=1&operation=call"
                                                         + "&method=Save&id=1", new byte[] {1, 2}, Map.of(),
                        Exchange.FILE_NAME),

                // What only Sage can judge.
                fromSage("wrong password", customer + "&password=wrong", null, test -> Map.of(),
                        SageAuthenticationException.class, "username and password"),
                fromSage("unknown API key", customer + "&apiKey={00000000-0000-0000-0000-000000000000}", null,
                        test -> Map.of(), SageAuthenticationException.class, "apiKey"),
                fromSage("record Sage refuses", customer + "&operation=save", "{\"Email\":\"a@b.co.za\"}",
                        test -> Map.of(), SageValidationException.class, "Customer/Save", "Name"),
                fromSage("record not in the company", customer + "&operation=getById&id=987654", null,
                        test -> Map.of(), SageNotFoundException.class, "987654"),
                fromSage("delete of a record in use", customer + "&operation=delete", null,
                        test -> Map.of(SageConstants.ID, test.customerWithAnInvoice()), SageConflictException.class,
                        "in use"),
                fromSage("maintenance", customer, null, test -> {
                    test.sage().faults().maintenance(true);
                    return Map.of();
                }, SageServerException.class, "503"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void failsAtTheRightMomentNamingTheCulprit(BadInput input) throws Exception {
        context.getRegistry().bind("sageState", new org.apache.camel.support.processor.state.MemoryStateRepository());
        switch (input.when()) {
            case START -> {
                assertThatThrownBy(() -> context.addRoutes(route(input.uri())))
                        .satisfies(failure -> assertNamesTheCulprit(failure, input));
                assertThat(sage().journal().entries()).as("requests sent").isEmpty();
            }
            case MESSAGE -> {
                context.addRoutes(route(input.uri()));
                Exchange exchange = send("direct:in", input.body(), input.headers().apply(this));
                assertNamesTheCulprit(exchange.getException(), input);
                assertThat(sage().journal().entries()).as("requests sent").isEmpty();
            }
            case ANSWER -> {
                context.addRoutes(route(input.uri()));
                Map<String, Object> headers = input.headers().apply(this);
                int before = sage().journal().entries().size();
                Exchange exchange = send("direct:in", input.body(), headers);
                assertNamesTheCulprit(exchange.getException(), input);
                assertThat(sage().journal().entries()).as("requests sent").hasSizeGreaterThan(before);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void neverShowsASecret(BadInput input) throws Exception {
        context.getRegistry().bind("sageState", new org.apache.camel.support.processor.state.MemoryStateRepository());
        Throwable failure;
        try {
            context.addRoutes(route(input.uri()));
            failure = send("direct:in", input.body(), input.headers().apply(this)).getException();
        } catch (Exception e) {
            failure = e;
        }
        for (String message : messages(failure)) {
            assertThat(message).doesNotContain(dev.camelsage.simulator.SageSimulator.DEMO_PASSWORD)
                    .doesNotContain(dev.camelsage.simulator.SageSimulator.DEMO_API_KEY.substring(1, 20));
        }
    }

    @org.junit.jupiter.api.Test
    void aRefusedConnectionNamesTheBaseUrlAndSaysNothingWasSent() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        context.addRoutes(route("sage:customer?companyId=1&baseUrl=http://127.0.0.1:" + closedPort));

        Exchange exchange = send("direct:in", null, Map.of());

        assertThat(exchange.getException()).isInstanceOf(IOException.class)
                .hasMessageContaining("http://127.0.0.1:" + closedPort).hasMessageContaining("Customer")
                .hasMessageContaining("nothing was sent");
    }

    @org.junit.jupiter.api.Test
    void theTableCoversAtLeastFiftyBadInputsOfEveryKind() {
        List<BadInput> inputs = badInputs().toList();

        assertThat(inputs).hasSizeGreaterThanOrEqualTo(50);
        assertThat(inputs).extracting(BadInput::when).contains(When.values());
        assertThat(inputs).extracting(BadInput::name).doesNotHaveDuplicates();
    }

    private static void assertNamesTheCulprit(Throwable failure, BadInput input) {
        assertThat(failure).as(input.name() + " failed").isNotNull();
        List<Throwable> chain = chain(failure);
        assertThat(chain).as("the causes of " + failure).anySatisfy(cause -> assertThat(cause).isInstanceOf(input.type()));
        Throwable culprit = chain.stream().filter(input.type()::isInstance).reduce((first, second) -> second).orElseThrow();
        for (String mention : input.mentions()) {
            assertThat(culprit.getMessage()).as(input.name() + ": the message of " + culprit.getClass().getSimpleName())
                    .contains(mention);
        }
        assertThat(chain).as("no NullPointerException behind " + input.name())
                .noneMatch(NullPointerException.class::isInstance);
        if (input.when() == When.START && failure instanceof ResolveEndpointFailedException) {
            assertThat(failure.getMessage()).doesNotContain(dev.camelsage.simulator.SageSimulator.DEMO_PASSWORD);
        }
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    private static List<String> messages(Throwable failure) {
        return chain(failure).stream().map(String::valueOf).toList();
    }

    private static RouteBuilder route(String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                if (uri.startsWith("from:")) {
                    from(uri.substring("from:".length())).to("mock:records");
                } else {
                    from("direct:in").to(uri);
                }
            }
        };
    }

    /** A customer of the demo company that a tax invoice uses, so Sage refuses its delete. */
    private long customerWithAnInvoice() {
        Customer customer = send("sage:customer?companyId=1&operation=save", SageFixtures.customer())
                .getMessage().getBody(Customer.class);
        Item item = send("sage:item?companyId=1&operation=save", SageFixtures.item()).getMessage().getBody(Item.class);
        TaxInvoice invoice = send("sage:taxInvoice?companyId=1&operation=save",
                SageFixtures.taxInvoice(customer.getId(), item.getId())).getMessage().getBody(TaxInvoice.class);
        assertThat(invoice).as("the invoice that uses the customer").isNotNull();
        return customer.getId();
    }
}
