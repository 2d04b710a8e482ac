package dev.camelsage.sage;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;

import dev.camelsage.sage.exception.SageApiException;
import dev.camelsage.sage.exception.SageAuthenticationException;
import dev.camelsage.sage.exception.SageConflictException;
import dev.camelsage.sage.exception.SageNotFoundException;
import dev.camelsage.sage.exception.SageRateLimitException;
import dev.camelsage.sage.exception.SageServerException;
import dev.camelsage.sage.exception.SageUnknownOutcomeException;
import dev.camelsage.sage.exception.SageValidationException;
import dev.camelsage.sage.model.Customer;
import dev.camelsage.simulator.QuotaSettings;
import dev.camelsage.simulator.SageSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SageErrorsTest extends SageTestSupport {

    @Test
    void invalidRecordThrowsValidationExceptionWithSagesMessages() {
        Customer nameless = new Customer();
        nameless.setEmail("nobody@example.co.za");

        SageValidationException e = failure(send("sage:customer?companyId=1&operation=save", nameless),
                SageValidationException.class);

        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getMessages()).isNotEmpty().anySatisfy(m -> assertThat(m).containsIgnoringCase("Name"));
        assertThat(e.getEntity()).isEqualTo("Customer");
        assertThat(e.getOperation()).isEqualTo("save");
        assertThat(e.getCompanyId()).isEqualTo("1");
        assertThat(e.getMessage()).contains("Sage refused POST Customer/Save in company 1").contains("Correct the request");
    }

    @Test
    void wrongPasswordThrowsAuthenticationExceptionBlamingTheCredentials() {
        SageAuthenticationException e = failure(send("sage:customer?companyId=1&password=not-the-password", null),
                SageAuthenticationException.class);

        assertThat(e.getRejected()).isEqualTo(SageAuthenticationException.Rejected.CREDENTIALS);
        assertThat(e.isHeldBack()).as("Sage answered 401").isFalse();
        assertThat(e.getMessage()).contains("username and password").doesNotContain("not-the-password");
    }

    @Test
    void wrongApiKeyThrowsAuthenticationExceptionBlamingTheKey() {
        SageAuthenticationException e = failure(
                send("sage:customer?companyId=1&apiKey={00000000-0000-0000-0000-000000000000}", null),
                SageAuthenticationException.class);

        assertThat(e.getRejected()).isEqualTo(SageAuthenticationException.Rejected.API_KEY);
        assertThat(e.getMessage()).contains("apiKey option").doesNotContain("00000000-0000");
    }

    @Test
    void missingRecordThrowsNotFound() {
        SageNotFoundException e = failure(send("sage:customer?companyId=1&operation=getById&id=987654", null),
                SageNotFoundException.class);

        assertThat(e.getStatusCode()).isEqualTo(404);
        assertThat(e.getMessage()).contains("GET Customer/Get/987654 in company 1");
    }

    @Test
    void recordOfAnotherCompanyIsNotFound() {
        long idInCompanyOne = sage().store().list(COMPANY, "Item").get(0).get("ID").asLong();

        Exchange exchange = send("sage:item?companyId=2&operation=getById&id=" + idInCompanyOne, null);

        assertThat(exchange.getException()).isInstanceOf(SageNotFoundException.class);
    }

    @Test
    void deleteOfACustomerWithInvoicesThrowsConflict() {
        long customerWithInvoices = sage().store().list(COMPANY, "TaxInvoice").get(0).get("CustomerId").asLong();

        SageConflictException e = failure(
                send("sage:customer?companyId=1&operation=delete&id=" + customerWithInvoices, null),
                SageConflictException.class);

        assertThat(e.getStatusCode()).isEqualTo(409);
        assertThat(e.getMessage()).contains("Active=false");
        assertThat(sage().store().get(COMPANY, "Customer", customerWithInvoices)).isPresent();
    }

    @Test
    void exceedingSagesLimitThrowsRateLimitWithTheEndOfTheBlock() {
        sage().quota(QuotaSettings.sage().withWindow(2, Duration.ofMinutes(1)));
        send("sage:taxType?companyId=1", null);
        send("sage:taxType?companyId=1", null);

        SageRateLimitException e = failure(send("sage:taxType?companyId=1", null), SageRateLimitException.class);

        assertThat(e.getStatusCode()).isEqualTo(429);
        assertThat(e.isHeldBack()).as("Sage answered 429").isFalse();
        assertThat(e.getBlockedUntil()).isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        assertThat(e.isRetryable()).isTrue();
    }

    @Test
    void afterA429NothingMoreIsSentForThatCompanyButOtherCompaniesGoOn() {
        sage().quota(QuotaSettings.sage().withWindow(1, Duration.ofMinutes(1)));
        send("sage:taxType?companyId=1", null);
        failure(send("sage:taxType?companyId=1", null), SageRateLimitException.class);
        long sent = sage().journal().count(e -> e.companyId() != null && e.companyId() == COMPANY);

        SageRateLimitException heldBack = failure(send("sage:item?companyId=1", null), SageRateLimitException.class);
        Exchange otherCompany = send("sage:item?companyId=2", null);

        assertThat(heldBack.getBlockedUntil()).isAfter(Instant.now());
        assertThat(sage().journal().count(e -> e.companyId() != null && e.companyId() == COMPANY)).isEqualTo(sent);
        assertThat(otherCompany.getException()).isNull();
    }

    @Test
    void maintenanceAndServerFaultsThrowRetryableServerExceptions() {
        sage().faults().maintenance(true);
        SageServerException maintenance = failure(send("sage:item?companyId=1", null), SageServerException.class);
        sage().faults().clear();
        sage().faults().serverErrorRate(1.0, 7);
        SageServerException fault = failure(send("sage:item?companyId=1", null), SageServerException.class);

        assertThat(maintenance.getStatusCode()).isEqualTo(503);
        assertThat(maintenance.getMessage()).contains("maintenance");
        assertThat(fault.getStatusCode()).isEqualTo(500);
        assertThat(fault.getMessages()).contains("An error has occurred.");
        assertThat(fault.isRetryable()).isTrue();
    }

    @Test
    void createWhoseAnswerIsLostThrowsUnknownOutcomeAndIsNotSentAgain() {
        sage().faults().dropConnectionAfterSave(1);
        int before = sage().store().count(COMPANY, "Customer");

        SageUnknownOutcomeException e = failure(
                send("sage:customer?companyId=1&operation=save", SageFixtures.customer()),
                SageUnknownOutcomeException.class);

        assertThat(e.getMessage()).contains("may or may not have stored it");
        assertThat(e.isRetryable()).as("once the component has looked for the record (reconcileBy)").isTrue();
        assertThat(sage().store().count(COMPANY, "Customer")).isEqualTo(before + 1);
        assertThat(requestsTo("Customer")).hasSize(1);
    }

    @Test
    void updateWhoseAnswerIsLostThrowsThePlainIoFailure() {
        Customer existing = send("sage:customer?companyId=1&operation=save", SageFixtures.customer())
                .getMessage().getBody(Customer.class);
        sage().faults().dropConnectionAfterSave(1);

        Exchange exchange = send("sage:customer?companyId=1&operation=save", existing);

        assertThat(exchange.getException()).isInstanceOf(IOException.class)
                .isNotInstanceOf(SageUnknownOutcomeException.class);
    }

    @Test
    void slowAnswerFailsAfterTheRequestTimeout() {
        sage().faults().latency(Duration.ofSeconds(3));

        Exchange exchange = send("sage:item?companyId=1&requestTimeout=300", null);

        assertThat(exchange.getException()).isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void unknownMethodIsNotFoundAndAWrongVerbSaysHowToForceIt() {
        Exchange unknown = send("sage:customer?companyId=1&operation=call&method=GetByName", null);
        Exchange wrongVerb = send("sage:taxInvoice?companyId=1&operation=call&method=Calculate&httpMethod=GET", null);

        assertThat(unknown.getException()).isInstanceOf(SageNotFoundException.class);
        SageApiException e = failure(wrongVerb, SageApiException.class);
        assertThat(e.getStatusCode()).isEqualTo(405);
        assertThat(e.getMessage()).contains("httpMethod option");
    }

    @Test
    void noExceptionMessageCarriesASecret() {
        Exchange exchange = send("sage:customer?companyId=1&operation=getById&id=987654", null);

        assertThat(exchange.getException()).isInstanceOf(SageApiException.class);
        assertThat(exchange.getException().getMessage()).doesNotContain(SageSimulator.DEMO_PASSWORD)
                .doesNotContain(SageSimulator.DEMO_API_KEY.substring(1, 20)).doesNotContain("apikey");
    }

    private static <T extends Throwable> T failure(Exchange exchange, Class<T> type) {
        assertThat(exchange.getException()).isInstanceOf(type);
        return type.cast(exchange.getException());
    }
}
