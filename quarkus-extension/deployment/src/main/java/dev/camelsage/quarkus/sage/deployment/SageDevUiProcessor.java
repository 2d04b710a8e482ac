package dev.camelsage.quarkus.sage.deployment;

import dev.camelsage.quarkus.sage.runtime.devui.SageQuotasJsonRpcService;
import io.quarkus.deployment.IsLocalDevelopment;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.BuildSteps;
import io.quarkus.devui.spi.JsonRPCProvidersBuildItem;
import io.quarkus.devui.spi.page.CardPageBuildItem;
import io.quarkus.devui.spi.page.Page;

/** The Dev UI card: the quotas in use and the consumers' watermarks, read live through JSON-RPC. */
@BuildSteps(onlyIf = IsLocalDevelopment.class)
class SageDevUiProcessor {

    @BuildStep
    CardPageBuildItem card() {
        CardPageBuildItem card = new CardPageBuildItem();
        card.addPage(Page.webComponentPageBuilder()
                .title("Quotas and watermarks")
                .icon("font-awesome-solid:gauge-high")
                .componentLink("qwc-sage-quotas.js"));
        return card;
    }

    @BuildStep
    JsonRPCProvidersBuildItem jsonRpc() {
        return new JsonRPCProvidersBuildItem(SageQuotasJsonRpcService.class);
    }
}
