package id.go.bimakota.pilar.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;

/** The one ObjectMapper configuration the client speaks to the service with. */
final class Json {

    private Json() {
    }

    /**
     * On Android before API 34, records are desugared and Jackson cannot read them without this
     * module. The app adds it (see README); on the JVM it is absent and not needed.
     */
    private static final String ANDROID_RECORD_MODULE =
            "com.fasterxml.jackson.module.androidrecord.AndroidRecordModule";

    static ObjectMapper mapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        androidRecordModule().ifPresent(builder::addModule);
        return builder
                .addModule(new JavaTimeModule())
                // Instants as "2026-11-28T01:30:00Z" and dates as "2026-12-01", like the service.
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // The service adds fields and enum values over time; an older app must keep working.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                // Unset request fields are left out; explicit nulls inside a Patch still clear a field.
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.ALWAYS))
                .build();
    }

    private static Optional<Module> androidRecordModule() {
        try {
            return Optional.of((Module) Class.forName(ANDROID_RECORD_MODULE).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError absent) {
            return Optional.empty();
        }
    }
}
