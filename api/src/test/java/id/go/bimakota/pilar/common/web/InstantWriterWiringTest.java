package id.go.bimakota.pilar.common.web;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The service's own mapper, not just a plain one, writes instants with {@link InstantWriter}. */
@QuarkusTest
class InstantWriterWiringTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void theServiceMapperUsesIt() throws Exception {
        assertInstanceOf(InstantWriter.class, mapper.getSerializerProviderInstance().findValueSerializer(Instant.class));
    }
}
