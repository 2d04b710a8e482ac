package dev.camelsage.sage.internal.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SagePagingPlanTest {

    @Test
    void ordersByIdWithKeysetWhenTheUserGivesNoOrder() {
        SagePagingPlan<JsonNode> plan = Plans.forList(" ", null, null, null);

        assertThat(plan.orderBy()).isEqualTo("ID");
        assertThat(plan.filter()).isNull();
        assertThat(plan.top()).isEqualTo(Long.MAX_VALUE);
        assertThat(plan.keyset().after(JsonNodeFactory.instance.objectNode().put("ID", 42))).isEqualTo("ID gt 42");
    }

    @Test
    void addsIdAsTieBreakerAfterAUserOrder() {
        SagePagingPlan<JsonNode> plan = Plans.forList(null, "Modified desc, Name", null, null);

        assertThat(plan.orderBy()).isEqualTo("Modified desc, Name,ID");
        assertThat(plan.keyset()).isNull();
    }

    @Test
    void keepsAUserOrderThatAlreadyEndsInId() {
        assertThat(Plans.forList(null, "Modified,ID desc", null, null).orderBy()).isEqualTo("Modified,ID desc");
    }

    @Test
    void aLeadingIdOrderIsUniqueAndPagedByKeyset() {
        SagePagingPlan<JsonNode> plan = Plans.forList(null, "id DESC, Modified", null, null);

        assertThat(plan.orderBy()).isEqualTo("ID desc");
        assertThat(plan.keyset().after(JsonNodeFactory.instance.objectNode().put("ID", 42))).isEqualTo("ID lt 42");
    }

    @Test
    void keysetGivesUpOnRecordsWithoutId() {
        SagePagingPlan<JsonNode> plan = Plans.forList(null, null, null, null);

        assertThat(plan.keyset().after(JsonNodeFactory.instance.objectNode().put("Name", "x"))).isNull();
    }

    @Test
    void refusesAnOrderThatIsNotOData() {
        assertThatThrownBy(() -> Plans.forList(null, "Name upwards", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Name upwards'")
                .hasMessageContaining("asc or desc");
    }

    @Test
    void refusesTopBelowOneAndNegativeSkip() {
        assertThatThrownBy(() -> Plans.forList(null, null, null, 0)).hasMessageContaining("top must be at least 1");
        assertThatThrownBy(() -> Plans.forList(null, null, -1, null)).hasMessageContaining("skip must not be negative");
    }

    @Test
    void acceptsATopOfOne() {
        assertThat(Plans.forList(null, null, null, 1).top()).isEqualTo(1);
    }
}
