package id.go.bimakota.pilar.common.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Parts of {@link PilarConfig} as beans of their own, for the classes that need only that part. */
@Singleton
public class ConfigParts {

    @Produces
    @Singleton
    PilarConfig.Letter letter(PilarConfig config) {
        return config.letter();
    }
}
