package ru.socorder.service.order;

import java.io.Serializable;
import java.util.List;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.service.lifecycle.HistoryEntry;

/**
 * What the order screen shows, read in one go ({@link OrderFormationService#screen}).
 *
 * @param comparedWith the version the differences are to (the previous one by default), or null for a first version
 */
public record OrderScreen(SocialOrder order, List<SocialOrder> versions, Long comparedWith, List<VersionDiff.Change> diff,
                          OrderLifecycle.Actor actor, List<HistoryEntry> history) implements Serializable {
}
