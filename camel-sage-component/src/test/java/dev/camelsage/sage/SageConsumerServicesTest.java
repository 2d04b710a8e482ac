package dev.camelsage.sage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.sage.model.CommercialDocumentLine;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.model.JournalEntry;
import dev.camelsage.sage.model.SageEntity;
import dev.camelsage.sage.model.TaxInvoice;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;
import dev.camelsage.simulator.SageSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer on the three kinds of service Sage has: Customer (dated records), TaxInvoice (dated, with lines) and
 * JournalEntry (neither Created nor Modified), against a Sage that leaves Modified empty until a record's first edit
 * and one that sets it on create. Each new record, and each change where Sage dates it, is delivered once, also
 * across a failed exchange and a restart.
 */
class SageConsumerServicesTest extends SageTestSupport {

    @RegisterExtension
    static final SageSimulatorExtension MODIFIED_ON_CREATE = SageSimulatorExtension.create(
            b -> b.emptyModifiedOnCreate(false));

    /** The body of each record delivered, in order. */
    private final List<SageEntity> delivered = new CopyOnWriteArrayList<>();

    @TempDir
    Path directory;

    @Override
    protected void configure(SageConfiguration configuration) {
        super.configure(configuration);
        // A poll every 20 ms would spend Sage's minute in a second: both sides lift the quota.
        configuration.setCustomQuota(true);
        configuration.setRateLimit(1_000_000);
        configuration.setDailyRateLimit(1_000_000);
    }

    @BeforeEach
    void unlimitedQuota() {
        sage().quota(QuotaSettings.unlimited());
        MODIFIED_ON_CREATE.get().quota(QuotaSettings.unlimited());
    }

    /** How a service's records are made and changed through the producer. */
    enum Service {
        CUSTOMER("Customer", true) {
            @Override
            Object create(SageSimulator sage) {
                return SageFixtures.customer();
            }

            @Override
            Object change(SageEntity saved) {
                Customer customer = (Customer) saved;
                customer.setTelephone("021 555 0101");
                return customer;
            }
        },
        TAX_INVOICE("TaxInvoice", true) {
            @Override
            Object create(SageSimulator sage) {
                return SageFixtures.taxInvoice(first(sage, "Customer"), first(sage, "Item"));
            }

            @Override
            Object change(SageEntity saved) {
                TaxInvoice invoice = (TaxInvoice) saved;
                invoice.setMessage("Corrected delivery address");
                return invoice;
            }
        },
        JOURNAL_ENTRY("JournalEntry", false) {
            @Override
            Object create(SageSimulator sage) {
                List<ObjectNode> accounts = sage.store().list(COMPANY, "Account");
                return SageFixtures.journalEntry(accounts.get(0).get("ID").asLong(), accounts.get(1).get("ID").asLong(), 1);
            }

            @Override
            Object change(SageEntity saved) {
                JournalEntry entry = (JournalEntry) saved;
                entry.setDescription("Reclassified");
                return entry;
            }
        };

        final String name;
        /** Whether Sage dates its records, so that a change can be seen at all. */
        final boolean dated;

        Service(String name, boolean dated) {
            this.name = name;
            this.dated = dated;
        }

        abstract Object create(SageSimulator sage);

        abstract Object change(SageEntity saved);

        private static long first(SageSimulator sage, String service) {
            return sage.store().list(COMPANY, service).get(0).get("ID").asLong();
        }
    }

    static Stream<Arguments> servicesAndSages() {
        return Stream.of(Service.values()).flatMap(service -> Stream.of(
                Arguments.of(service, true), Arguments.of(service, false)));
    }

    @ParameterizedTest(name = "{0}, Modified empty on create: {1}")
    @MethodSource("servicesAndSages")
    void deliversEachNewRecordAndEachDatedChangeOnce(Service service, boolean emptyModifiedOnCreate) throws Exception {
        SageSimulator sage = emptyModifiedOnCreate ? sage() : MODIFIED_ON_CREATE.get();
        String endpoint = "sage:" + service.name + "?companyId=1" + at(sage);
        SageEntity before = save(endpoint, service.create(sage));
        consume(endpoint + "&delay=20&initialDelay=0");

        await().atMost(Duration.ofSeconds(20)).until(() -> delivered.size() >= storedIds(sage, service).size());
        SageEntity changed = save(endpoint, service.change(before));
        SageEntity after = save(endpoint, service.create(sage));
        int expected = storedIds(sage, service).size() + (service.dated ? 1 : 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> delivered.size() >= expected);
        awaitMorePolls(sage, service, 3);

        Map<Long, Long> deliveries = delivered.stream()
                .collect(Collectors.groupingBy(SageEntity::getId, Collectors.counting()));
        Map<Long, Long> once = storedIds(sage, service).stream()
                .collect(Collectors.toMap(id -> id, id -> id.equals(changed.getId()) && service.dated ? 2L : 1L));
        assertThat(deliveries).as("every record once, the changed one again where Sage dates the change")
                .isEqualTo(once).containsKey(after.getId());
        assertThat(delivered).allSatisfy(body -> assertThat(body.getClass().getSimpleName()).isEqualTo(service.name));
        if (service == Service.TAX_INVOICE) {
            assertThat(delivered).map(TaxInvoice.class::cast).allSatisfy(invoice -> assertThat(invoice.getLines())
                    .isNotEmpty().allSatisfy(line -> assertThat(line).isInstanceOf(CommercialDocumentLine.class)));
            assertThat(listCalls(sage, service)).allSatisfy(call -> assertThat(call.query())
                    .containsEntry("includedetail", "true"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Service.class)
    void aFailedRecordIsDeliveredAgainOnTheNextPollAndNoOtherTwice(Service service) throws Exception {
        String endpoint = "sage:" + service.name + "?companyId=1";
        save(endpoint, service.create(sage()));
        long failing = save(endpoint, service.create(sage())).getId();
        save(endpoint, service.create(sage()));
        AtomicBoolean failedOnce = new AtomicBoolean();
        Map<Long, Integer> attempts = new ConcurrentHashMap<>();

        consume(endpoint + "&delay=20&initialDelay=0", exchange -> {
            long id = exchange.getMessage().getBody(SageEntity.class).getId();
            attempts.merge(id, 1, Integer::sum);
            if (id == failing && failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("The target system is down for this record");
            }
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> delivered.size() >= storedIds(sage(), service).size());
        awaitMorePolls(sage(), service, 3);
        assertThat(delivered).extracting(SageEntity::getId)
                .containsExactlyInAnyOrderElementsOf(storedIds(sage(), service));
        assertThat(attempts).containsEntry(failing, 2)
                .allSatisfy((id, count) -> assertThat(count).as("attempts of " + id).isEqualTo(id == failing ? 2 : 1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Service.class)
    void aRestartResumesFromTheStateFileAndDeliversOnlyWhatCameSince(Service service) throws Exception {
        String endpoint = "sage:" + service.name + "?companyId=1";
        SageEntity old = save(endpoint, service.create(sage()));
        String consumer = endpoint + "&delay=20&initialDelay=0&stateFile=" + directory.resolve("watermarks.dat");
        consume(consumer);
        await().atMost(Duration.ofSeconds(20)).until(() -> delivered.size() >= storedIds(sage(), service).size());
        context.getRouteController().stopRoute("consumer");
        context.removeRoute("consumer");
        delivered.clear();

        SageEntity changed = save(endpoint, service.change(old));
        SageEntity created = save(endpoint, service.create(sage()));
        List<Long> since = service.dated ? List.of(changed.getId(), created.getId()) : List.of(created.getId());
        consume(consumer);

        await().atMost(Duration.ofSeconds(20)).until(() -> delivered.size() >= since.size());
        awaitMorePolls(sage(), service, 3);
        assertThat(delivered).extracting(SageEntity::getId).containsExactlyInAnyOrderElementsOf(since);
    }

    private SageEntity save(String endpoint, Object record) {
        Exchange exchange = send(endpoint + "&operation=save", record);
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(SageEntity.class);
    }

    private void consume(String uri) throws Exception {
        consume(uri, exchange -> {
        });
    }

    private void consume(String uri, Processor beforeDelivery) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("consumer").process(beforeDelivery).process(exchange -> delivered.add(
                        exchange.getMessage().getBody(SageEntity.class)));
            }
        });
    }

    private static List<Long> storedIds(SageSimulator sage, Service service) {
        return sage.store().list(COMPANY, service.name).stream().map(row -> row.get("ID").asLong()).toList();
    }

    private static List<dev.camelsage.simulator.JournalEntry> listCalls(SageSimulator sage, Service service) {
        return sage.journal().entries(e -> service.name.equals(e.service()) && "Get".equals(e.method()));
    }

    /** Lets the consumer poll a few more times, so that a duplicate would have time to show. */
    private static void awaitMorePolls(SageSimulator sage, Service service, int polls) {
        int seen = listCalls(sage, service).size();
        await().atMost(Duration.ofSeconds(10)).until(() -> listCalls(sage, service).size() >= seen + polls);
    }
}
