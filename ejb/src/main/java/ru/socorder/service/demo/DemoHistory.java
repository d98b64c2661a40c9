package ru.socorder.service.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import ru.socorder.model.audit.RecordTransition;
import ru.socorder.service.lifecycle.TransitionLog;
import ru.socorder.service.system.ClockProducer;

/** The lifecycle steps of demo records, written as the boundaries write them (who, role, organisation, when). */
final class DemoHistory {
    private final EntityManager em;

    DemoHistory(EntityManager em) {
        this.em = em;
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ClockProducer.ZONE).toInstant();
    }

    void created(String record, long id, Enum<?> state, String actor, String role, String organisation, Instant at, String comment) {
        em.persist(new RecordTransition(record, id, TransitionLog.CREATED, null, state.name(), actor, role, organisation, at, comment));
    }

    void step(String record, long id, Enum<?> action, Enum<?> from, Enum<?> to, String actor, String role, String organisation,
              Instant at, String comment) {
        em.persist(new RecordTransition(record, id, action.name(), from.name(), to.name(), actor, role, organisation, at, comment));
    }
}
