package dev.camelsage.sage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelsage.sage.internal.SageEntities;
import dev.camelsage.sage.model.Account;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.sage.model.Item;
import dev.camelsage.sage.model.ItemCategory;
import dev.camelsage.sage.model.SageEntity;
import dev.camelsage.sage.model.SalesRepresentative;
import dev.camelsage.sage.model.JournalEntry;
import dev.camelsage.sage.model.Supplier;
import dev.camelsage.sage.model.TaxInvoice;
import dev.camelsage.simulator.ServiceCatalog;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class SageProducerOperationsTest extends SageTestSupport {

    @Test
    void getListsTheCustomersOfTheCompanyAsTypedCustomers() {
        Exchange exchange = send("sage:customer?companyId=1", null);

        List<?> customers = exchange.getMessage().getBody(List.class);
        int stored = sage().store().count(COMPANY, "Customer");
        assertThat(customers).hasSize(stored).allSatisfy(c -> assertThat(c).isInstanceOf(Customer.class));
        assertThat(((Customer) customers.get(0)).getName()).isNotBlank();
        assertThat(exchange.getMessage().getHeader(SageConstants.TOTAL_RESULTS, Long.class)).isEqualTo(stored);
        assertThat(exchange.getMessage().getHeader(SageConstants.RETURNED_RESULTS, Integer.class)).isEqualTo(stored);
        assertThat(exchange.getMessage().getHeader(SageConstants.RESPONSE_CODE, Integer.class)).isEqualTo(200);
        assertThat(lastRequest().method()).isEqualToIgnoringCase("Get");
    }

    @Test
    void getOfSuppliersAndItemsReturnsTheirModels() {
        List<?> suppliers = send("sage:Supplier?companyId=1", null).getMessage().getBody(List.class);
        List<?> items = send("sage:ITEM?companyId=1", null).getMessage().getBody(List.class);

        assertThat(suppliers).isNotEmpty().allSatisfy(s -> assertThat(s).isInstanceOf(Supplier.class));
        assertThat(items).hasSize(sage().store().count(COMPANY, "Item"))
                .allSatisfy(i -> assertThat(((Item) i).getCode()).isNotBlank());
    }

    static Stream<String> servicesWithAModel() {
        return ServiceCatalog.services().stream()
                .filter(service -> SageEntities.modelClass(service) != Map.class && ServiceCatalog.methods(service).contains("Get"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servicesWithAModel")
    void getAndGetByIdReturnTheModelOfEveryServiceThatHasOne(String service) {
        Class<?> model = SageEntities.modelClass(service);
        String endpoint = "sage:" + service + (service.equals("Company") ? "?" : "?companyId=1&");

        List<?> records = send(endpoint + "operation=get", null).getMessage().getBody(List.class);
        assertThat(records).as(service).isNotEmpty().allSatisfy(record -> assertThat(record).isInstanceOf(model));
        long id = ((SageEntity) records.get(0)).getId();
        Object one = send(endpoint + "operation=getById&id=" + id, null).getMessage().getBody();

        assertThat(one).as(service).isInstanceOf(model);
    }

    @Test
    void getByIdReturnsOneTypedRecord() {
        ObjectNode stored = sage().store().list(COMPANY, "Item").get(0);

        Exchange exchange = send("sage:item?companyId=1&operation=getById&id=" + stored.get("ID").asLong(), null);

        Item item = exchange.getMessage().getBody(Item.class);
        assertThat(item.getId()).isEqualTo(stored.get("ID").asLong());
        assertThat(item.getCode()).isEqualTo(stored.get("Code").asText());
        assertThat(item.getPriceExclusive()).isEqualByComparingTo(stored.get("PriceExclusive").decimalValue());
    }

    @Test
    void saveOfATypedCustomerCreatesItAndReturnsTheSavedRecord() {
        Customer customer = SageFixtures.customer();

        Exchange exchange = send("sage:customer?companyId=1&operation=save", customer);

        assertThat(exchange.getException()).isNull();
        Customer saved = exchange.getMessage().getBody(Customer.class);
        assertThat(saved.getId()).isPositive();
        assertThat(saved.getName()).isEqualTo(customer.getName());
        assertThat(exchange.getMessage().getHeader(SageConstants.RESPONSE_CODE, Integer.class)).isEqualTo(201);
        assertThat(exchange.getMessage().getHeader(SageConstants.LOCATION, String.class)).endsWith("/Customer/Get/" + saved.getId());
        assertThat(sage().store().get(COMPANY, "Customer", saved.getId())).hasValueSatisfying(
                row -> assertThat(row.get("Name").asText()).isEqualTo(customer.getName()));
    }

    @Test
    void saveTakesAMapAJsonStringBytesAndAStream() {
        List<Object> bodies = List.of(SageFixtures.customerMap(), SageFixtures.customerJson(),
                SageFixtures.customerJson().getBytes(StandardCharsets.UTF_8),
                new ByteArrayInputStream(SageFixtures.customerJson().getBytes(StandardCharsets.UTF_8)));
        int before = sage().store().count(COMPANY, "Customer");

        for (Object body : bodies) {
            Exchange exchange = send("sage:customer?companyId=1&operation=save", body);
            assertThat(exchange.getException()).as(body.getClass().getSimpleName()).isNull();
            assertThat(exchange.getMessage().getBody(Customer.class).getId()).isPositive();
        }

        assertThat(sage().store().count(COMPANY, "Customer")).isEqualTo(before + bodies.size());
    }

    @Test
    void saveWithAnIdUpdatesTheRecordInPlace() {
        Customer created = send("sage:customer?companyId=1&operation=save", SageFixtures.customer())
                .getMessage().getBody(Customer.class);
        created.setTelephone("021 555 0000");

        Exchange exchange = send("sage:customer?companyId=1&operation=save", created);

        assertThat(exchange.getMessage().getHeader(SageConstants.RESPONSE_CODE, Integer.class)).isEqualTo(200);
        assertThat(sage().store().get(COMPANY, "Customer", created.getId()).orElseThrow().get("Telephone").asText())
                .isEqualTo("021 555 0000");
    }

    @Test
    void taxInvoiceWithLinesIsSavedAndSageComputesItsTotals() {
        long customerId = sage().store().list(COMPANY, "Customer").get(0).get("ID").asLong();
        long itemId = sage().store().list(COMPANY, "Item").get(0).get("ID").asLong();

        Exchange exchange = send("sage:taxInvoice?companyId=1&operation=save&query.useSystemDocumentNumber=true",
                SageFixtures.taxInvoice(customerId, itemId));

        assertThat(exchange.getException()).isNull();
        TaxInvoice saved = exchange.getMessage().getBody(TaxInvoice.class);
        assertThat(saved.getId()).isPositive();
        assertThat(saved.getLines()).hasSize(1);
        assertThat(saved.getExclusive()).isEqualByComparingTo("200.00");
        assertThat(saved.getTotal()).isEqualByComparingTo(saved.getExclusive().add(saved.getTax()));
        assertThat(requestsTo("TaxInvoice")).last().satisfies(
                e -> assertThat(e.query()).containsEntry("usesystemdocumentnumber", "true"));
    }

    @Test
    void oneCodePathServesEveryEntitySaveReadAndDelete() {
        SalesRepresentative rep = new SalesRepresentative();
        rep.setFirstName("Lindiwe");
        rep.setLastName(SageFixtures.unique("Dube"));
        rep.setActive(true);
        ItemCategory category = new ItemCategory();
        category.setDescription(SageFixtures.unique("Tools"));

        for (SageEntity record : List.<SageEntity> of(SageFixtures.supplier(), rep, category)) {
            String entity = record.getClass().getSimpleName();
            SageEntity saved = send("sage:" + entity + "?companyId=1&operation=save", record)
                    .getMessage().getBody(SageEntity.class);
            SageEntity read = send("sage:" + entity + "?companyId=1&operation=getById&id=" + saved.getId(), null)
                    .getMessage().getBody(SageEntity.class);
            Exchange deleted = send("sage:" + entity + "?companyId=1&operation=delete&id=" + saved.getId(), null);

            assertThat(read).as(entity).isInstanceOf(record.getClass());
            assertThat(read.getId()).as(entity).isEqualTo(saved.getId());
            assertThat(deleted.getException()).as(entity).isNull();
            assertThat(sage().store().get(COMPANY, entity, saved.getId())).as(entity).isEmpty();
        }
    }

    @Test
    void deleteRemovesTheRecordAndLeavesNoBody() {
        Item item = send("sage:item?companyId=1&operation=save", SageFixtures.item()).getMessage().getBody(Item.class);

        Exchange exchange = send("sage:item?companyId=1&operation=delete&id=" + item.getId(), "ignored");

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isNull();
        assertThat(exchange.getMessage().getHeader(SageConstants.RESPONSE_CODE, Integer.class)).isEqualTo(204);
        assertThat(sage().store().get(COMPANY, "Item", item.getId())).isEmpty();
        assertThat(lastRequest().httpMethod()).isEqualTo("DELETE");
    }

    @Test
    void callSendsGetMethodsAsGetAndReadsTheirListsAsModels() {
        Exchange exchange = send("sage:account?companyId=1&operation=call&method=GetWithSystemAccounts", null);

        assertThat(exchange.getException()).isNull();
        List<?> accounts = exchange.getMessage().getBody(List.class);
        assertThat(accounts).hasSize(sage().store().count(COMPANY, "Account"))
                .allSatisfy(a -> assertThat(a).isInstanceOf(Account.class));
        assertThat(lastRequest().httpMethod()).isEqualTo("GET");
        assertThat(lastRequest().method()).isEqualTo("GetWithSystemAccounts");
    }

    @Test
    void callOfCalculatePostsTheInvoiceAndReturnsItWithTotalsWithoutSavingIt() {
        long customerId = sage().store().list(COMPANY, "Customer").get(0).get("ID").asLong();
        long itemId = sage().store().list(COMPANY, "Item").get(0).get("ID").asLong();
        int invoices = sage().store().count(COMPANY, "TaxInvoice");

        Exchange exchange = send("sage:TaxInvoice?companyId=1&operation=call&method=Calculate",
                SageFixtures.taxInvoice(customerId, itemId));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(TaxInvoice.class).getExclusive()).isEqualByComparingTo("200.00");
        assertThat(lastRequest().httpMethod()).isEqualTo("POST");
        assertThat(sage().store().count(COMPANY, "TaxInvoice")).isEqualTo(invoices);
    }

    @Test
    void callOfSaveBatchPostsAListAndReturnsTheSavedRecords() {
        List<ObjectNode> accounts = sage().store().list(COMPANY, "Account");
        long account = accounts.get(0).get("ID").asLong();
        long contra = accounts.get(1).get("ID").asLong();
        JournalEntry debit = SageFixtures.journalEntry(account, contra, 1);
        JournalEntry credit = SageFixtures.journalEntry(contra, account, 2);
        int before = sage().store().count(COMPANY, "JournalEntry");

        Exchange exchange = send("sage:journalEntry?companyId=1&operation=call&method=SaveBatch", List.of(debit, credit));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(List.class)).hasSize(2)
                .allSatisfy(e -> assertThat(((JournalEntry) e).getId()).isPositive());
        assertThat(lastRequest().httpMethod()).isEqualTo("POST");
        assertThat(sage().store().count(COMPANY, "JournalEntry")).isEqualTo(before + 2);
    }
}
