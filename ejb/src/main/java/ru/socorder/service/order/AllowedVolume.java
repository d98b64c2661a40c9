package ru.socorder.service.order;

import java.io.Serializable;
import java.math.BigDecimal;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.PlanningPeriod;

/**
 * What the current approved version of an order allows for a service in a year by a method — the answer later areas
 * (certificates, competitions, agreements, reports) refer to. The line is named by {@code familyId} + {@code serviceId}
 * across versions and by {@code lineId} within this version.
 *
 * @param periodYear the first year of the order's period that covers {@code year} (the year itself in the plan)
 * @param period     the kind of that period; beyond the plan the volume is that of the whole period
 * @param volume     the volume of the method in that period (zero when the line plans nothing for it)
 */
public record AllowedVolume(long orderId, long familyId, int versionNumber, long lineId, long serviceId, int year,
                            int periodYear, PlanningPeriod.Kind period, Method method, String unitCode, String unitName,
                            BigDecimal volume) implements Serializable {
}
