package dev.camelsage.sage.hazelcast;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(60)
class HazelcastStateRepositoryTest {

    @Test
    void aWatermarkWrittenThroughOneMemberIsReadThroughAnotherAndOutlivesItsWriter() {
        try (LoopbackCluster cluster = new LoopbackCluster()) {
            var writerMember = cluster.startMember();
            var readerMember = cluster.startMember();
            cluster.startMember();
            HazelcastStateRepository writer = new HazelcastStateRepository(writerMember);
            HazelcastStateRepository reader = new HazelcastStateRepository(readerMember);
            writer.start();
            reader.start();

            writer.setState("Customer:2", "2026-12-01T10:00:00.123|10077");
            assertThat(reader.getState("Customer:2")).isEqualTo("2026-12-01T10:00:00.123|10077");
            assertThat(reader.getState("Customer:1")).isNull();

            writerMember.getLifecycleService().terminate();
            assertThat(reader.getState("Customer:2")).isEqualTo("2026-12-01T10:00:00.123|10077");
        }
    }

    @Test
    void saysWhatIsMissing() {
        HazelcastStateRepository repository = new HazelcastStateRepository();
        assertThatThrownBy(repository::start).hasMessageContaining("has no hazelcastInstance");
        assertThatThrownBy(() -> repository.getState("x")).hasMessageContaining("is not started");
    }
}
