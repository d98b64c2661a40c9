package ru.socorder.service.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.certificate.CertificateTerms;
import ru.socorder.model.certificate.OnePer;
import ru.socorder.model.certificate.RefusalReason;

/**
 * Whether a child gets a certificate now, waits in the queue, or is refused — and why (domain.md §4.2; issue 14):
 * terms set for the territory and year, the start date within their period, the child living in the territory (or in
 * a municipality under it), the age on the start date within the band (completed years, inclusive), no other active
 * certificate for the service (or its activity direction, by the terms) in the year, and the order's certificate
 * volume for the service and year: none at all is a refusal, exhausted is the queue. Every refusal reason is listed,
 * in this order, so the clerk and the family see them all at once.
 */
public final class Eligibility {
    /** OKEI code of «человеко-час»: the order's volume counts nominal hours, not children. */
    public static final String PERSON_HOURS = "539";

    private Eligibility() {
    }

    /** What happens to the application. */
    public enum Outcome {
        ISSUE, QUEUE, REFUSE
    }

    /** The outcome with the refusal reasons (empty unless refused). */
    public record Verdict(Outcome outcome, List<RefusalReason> reasons) {
        public Verdict {
            reasons = List.copyOf(reasons);
        }

        /** The first reason (the code an application stores), or null. */
        public RefusalReason reason() {
            return reasons.isEmpty() ? null : reasons.get(0);
        }

        /** Every reason's Russian text, in order (what a refused application stores for the family), or null. */
        public String text() {
            return reasons.isEmpty() ? null : String.join("; ", reasons.stream().map(RefusalReason::text).toList());
        }
    }

    /** What serving the queue does with a queued application. */
    public enum QueueStep {
        /** the volume has room: the certificate is issued */
        SERVE,
        /** the volume is still exhausted: it keeps its place, and nobody behind it is served */
        WAIT,
        /** the child is no longer eligible: refused with the reasons, and the queue goes on */
        REFUSE
    }

    /**
     * The step for a queued application from its verdict now. Only a lack of room in the volume keeps it waiting; every
     * reason the intake refuses for — no terms, the start date outside their period, another territory, the age on
     * the start date, another active certificate for the service or direction, no certificate volume for the service
     * in the order, the year closing — refuses it: waiting would never end in a certificate.
     */
    public static QueueStep whenServed(Verdict verdict) {
        return switch (verdict.outcome()) {
            case ISSUE -> QueueStep.SERVE;
            case QUEUE -> QueueStep.WAIT;
            case REFUSE -> QueueStep.REFUSE;
        };
    }

    /**
     * The application as the rules see it.
     *
     * @param directionId the activity direction of the service (null when it has none)
     */
    public record Request(LocalDate birthDate, Territory home, LocalDate startsOn, long serviceId, Long directionId) {
    }

    /** An active certificate the child already holds. */
    public record Holding(long serviceId, Long directionId, int year) {
    }

    /**
     * The order's certificate volume for the service and year.
     *
     * @param allowed what the approved order allows (null or zero: the service has no certificate volume)
     * @param used    what issued certificates already take
     * @param demand  what this certificate takes ({@link #demand})
     */
    public record Volume(BigDecimal allowed, BigDecimal used, BigDecimal demand) {
    }

    /** What one certificate takes of the order's volume: its nominal hours if the order counts человеко-часы, else one child. */
    public static BigDecimal demand(String volumeUnitCode, CertificateTerms terms) {
        return PERSON_HOURS.equals(volumeUnitCode) ? terms.getNominalHours() : BigDecimal.ONE;
    }

    /**
     * @param terms the territory's terms for the year (null: none set)
     */
    public static Verdict check(CertificateTerms terms, Request request, List<Holding> holdings, Volume volume) {
        if (terms == null) {
            return refused(List.of(RefusalReason.NO_TERMS));
        }
        List<RefusalReason> reasons = new ArrayList<>();
        if (!terms.covers(request.startsOn())) {
            reasons.add(RefusalReason.OUTSIDE_PERIOD);
        }
        if (!within(request.home(), terms.getTerritory())) {
            reasons.add(RefusalReason.TERRITORY);
        }
        int age = Period.between(request.birthDate(), request.startsOn()).getYears();
        if (age < terms.getAgeFrom() || age > terms.getAgeTo()) {
            reasons.add(RefusalReason.AGE);
        }
        RefusalReason held = alreadyHolds(terms, request, holdings);
        if (held != null) {
            reasons.add(held);
        }
        if (volume.allowed() == null || volume.allowed().signum() <= 0) {
            reasons.add(RefusalReason.NO_VOLUME);
        }
        if (!reasons.isEmpty()) {
            return refused(reasons);
        }
        boolean fits = volume.used().add(volume.demand()).compareTo(volume.allowed()) <= 0;
        return new Verdict(fits ? Outcome.ISSUE : Outcome.QUEUE, List.of());
    }

    private static RefusalReason alreadyHolds(CertificateTerms terms, Request request, List<Holding> holdings) {
        boolean byDirection = terms.getOnePer() == OnePer.DIRECTION && request.directionId() != null;
        for (Holding h : holdings) {
            if (h.year() != terms.getYear()) {
                continue;
            }
            if (byDirection && request.directionId().equals(h.directionId())) {
                return RefusalReason.ALREADY_HOLDS_DIRECTION;
            }
            if (h.serviceId() == request.serviceId()) {
                return RefusalReason.ALREADY_HOLDS;
            }
        }
        return null;
    }

    /** Whether the territory is the given one or lies within it (a municipality of the region). */
    static boolean within(Territory home, Territory of) {
        for (Territory t = home; t != null; t = t.getParent()) {
            if (t == of || t.getId() != null && Objects.equals(t.getId(), of.getId())) {
                return true;
            }
        }
        return false;
    }

    private static Verdict refused(List<RefusalReason> reasons) {
        return new Verdict(Outcome.REFUSE, reasons);
    }
}
