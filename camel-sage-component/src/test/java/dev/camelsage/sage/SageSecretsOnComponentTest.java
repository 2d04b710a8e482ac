package dev.camelsage.sage;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;

/** Credentials on the component, as the guide recommends: nothing shows even with every logger at TRACE. */
class SageSecretsOnComponentTest extends SecretsTestSupport {

    @Override
    protected String uri() {
        return "sage:customer?companyId=1";
    }

    /** A second component instance holds the wrong password, as a second set of credentials would be configured. */
    @Override
    protected String wrongPasswordUri() {
        SageComponent other = new SageComponent();
        configure(other.getConfiguration());
        other.getConfiguration().setPassword(OTHER_PASSWORD);
        context.addComponent("sageOther", other);
        return "sageOther:customer?companyId=1";
    }

    @BeforeAll
    static void traceEverything() {
        logEverythingAtTrace(List.of());
    }
}
