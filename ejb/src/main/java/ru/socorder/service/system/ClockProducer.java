package ru.socorder.service.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application; business code injects {@link Clock} and never calls {@code now()} bare. */
@ApplicationScoped
public class ClockProducer {
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
