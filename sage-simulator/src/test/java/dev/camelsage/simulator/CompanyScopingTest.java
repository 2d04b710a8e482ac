package dev.camelsage.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CompanyScopingTest {

    static final String OTHER_USER = "bookkeeper@karoo.co.za";

    @RegisterExtension
    static final SageSimulatorExtension SAGE = SageSimulatorExtension.create(b -> b.quota(QuotaSettings.unlimited())
            .user(OTHER_USER, "karoo-secret", SageSimulator.SECOND_COMPANY_ID));

    @Test
    void anotherCompanysEntityIs404() {
        long secondCompanyCustomer = SAGE.get().store().list(2, "Customer").get(0).get("ID").asLong();

        assertThat(SageCall.get(SAGE.get(), "Customer/Get/" + secondCompanyCustomer).company(1).send().status()).isEqualTo(404);
        assertThat(SageCall.get(SAGE.get(), "Customer/Get/" + secondCompanyCustomer).company(2).send().status()).isEqualTo(200);
    }

    @Test
    void aCompanyTheUserCannotSeeIs404() {
        SageCall.Reply reply = SageCall.get(SAGE.get(), "Customer/Get").login(OTHER_USER, "karoo-secret").company(1).send();

        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void companyGetWithoutCompanyIdListsTheUsersCompanies() {
        JsonNode all = SageCall.get(SAGE.get(), "Company/Get").param("companyid", null).send().json();
        JsonNode karooOnly = SageCall.get(SAGE.get(), "Company/Get").param("companyid", null)
                .login(OTHER_USER, "karoo-secret").send().json();

        assertThat(all.get("TotalResults").asInt()).isEqualTo(2);
        assertThat(all.findValuesAsText("Name")).containsExactlyInAnyOrder("Demo Trading (Pty) Ltd", "Karoo Consulting CC");
        assertThat(karooOnly.get("TotalResults").asInt()).isEqualTo(1);
        assertThat(karooOnly.get("Results").get(0).get("ID").asLong()).isEqualTo(2);
        assertThat(SAGE.get().journal().entries().get(0).companyId()).as("counted under company 0").isZero();
    }

    @Test
    void companyGetByIdAnswersOnlyForVisibleCompanies() {
        assertThat(SageCall.get(SAGE.get(), "Company/Get/2").send().json().get("Name").asText()).isEqualTo("Karoo Consulting CC");
        assertThat(SageCall.get(SAGE.get(), "Company/Get/1").login(OTHER_USER, "karoo-secret").send().status()).isEqualTo(404);
    }

    @Test
    void savesLandInTheCompanyOfTheRequest() {
        SageCall.post(SAGE.get(), "CustomerCategory/Save", "{\"Description\":\"Karoo only\"}").company(2).send();

        assertThat(SAGE.get().store().list(2, "CustomerCategory")).anyMatch(c -> c.get("Description").asText().equals("Karoo only"));
        assertThat(SAGE.get().store().list(1, "CustomerCategory")).noneMatch(c -> c.get("Description").asText().equals("Karoo only"));
    }
}
