package dev.camelsage.sage.paging;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SagePagingPlanTest {

    @Test
    void ordersByIdWithKeysetWhenTheUserGivesNoOrder() {
        SagePagingPlan plan = SagePagingPlan.forList(" ", null, null, null);

        assertThat(plan.orderBy()).isEqualTo("ID");
        assertThat(plan.filter()).isNull();
        assertThat(plan.top()).isEqualTo(Long.MAX_VALUE);
        assertThat(plan.keyset().after(JsonNodeFactory.instance.objectNode().put("ID", 42))).isEqualTo("ID gt 42");
    }

    @Test
    void addsIdAsTieBreakerAfterAUserOrder() {
        SagePagingPlan plan = SagePagingPlan.forList(null, "Modified desc, Name", null, null);

        assertThat(plan.orderBy()).isEqualTo("Modified desc, Name,ID");
        assertThat(plan.keyset()).isNull();
    }

    @Test
    void keepsAUserOrderThatAlreadyEndsInId() {
        assertThat(SagePagingPlan.forList(null, "Modified,ID desc", null, null).orderBy()).isEqualTo("Modified,ID desc");
    }

    @Test
    void aLeadingIdOrderIsUniqueAndPagedByKeyset() {
        SagePagingPlan plan = SagePagingPlan.forList(null, "id DESC, Modified", null, null);

        assertThat(plan.orderBy()).isEqualTo("ID desc");
        assertThat(plan.keyset().after(JsonNodeFactory.instance.objectNode().put("ID", 42))).isEqualTo("ID lt 42");
    }

    @Test
    void keysetGivesUpOnRecordsWithoutId() {
        SagePagingPlan plan = SagePagingPlan.forList(null, null, null, null);

        assertThat(plan.keyset().after(JsonNodeFactory.instance.objectNode().put("Name", "x"))).isNull();
    }

    @Test
    void refusesAnOrderThatIsNotOData() {
        assertThatThrownBy(() -> SagePagingPlan.forList(null, "Name upwards", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Name upwards'")
                .hasMessageContaining("asc or desc");
    }

    @Test
    void refusesTopBelowOneAndNegativeSkip() {
        assertThatThrownBy(() -> SagePagingPlan.forList(null, null, null, 0)).hasMessageContaining("top must be at least 1");
        assertThatThrownBy(() -> SagePagingPlan.forList(null, null, -1, null)).hasMessageContaining("skip must not be negative");
    }
}
