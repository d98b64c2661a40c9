package ru.socorder.service.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import ru.socorder.model.certificate.CertificateApplication;

/**
 * How issued certificates count against the order's certificate volume, and the queue's order. The order states its
 * volume in its line's unit: in человеко-часы (OKEI 539) a certificate takes its nominal hours, in persons (or any
 * other unit) it takes one. Only active certificates count (issued, in use, suspended): a revoked, closed or expired
 * one frees its share, which serves the queue. The queue is first come, first served: by the time it entered the
 * queue, then by id.
 */
public final class VolumeUse {
    /** Queue order: enqueued earlier first, then the lower id. */
    public static final Comparator<CertificateApplication> QUEUE_ORDER = Comparator
            .comparing(CertificateApplication::getEnqueuedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(CertificateApplication::getId, Comparator.nullsLast(Comparator.<Long>naturalOrder()));

    private VolumeUse() {
    }

    /**
     * Now, to the microsecond the databases keep: a time written and then read back (an idempotent answer, the queue's
     * order) compares equal to the one in memory.
     */
    public static Instant now(java.time.Clock clock) {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** Whether the order counts человеко-часы. */
    public static boolean inHours(String unitCode) {
        return Eligibility.PERSON_HOURS.equals(unitCode);
    }

    /**
     * @param activeCount       active certificates of the authority, service and year
     * @param activeNominalHours the sum of their nominal hours
     */
    public static BigDecimal used(String unitCode, long activeCount, BigDecimal activeNominalHours) {
        return inHours(unitCode) ? (activeNominalHours == null ? BigDecimal.ZERO : activeNominalHours) : BigDecimal.valueOf(activeCount);
    }
}
