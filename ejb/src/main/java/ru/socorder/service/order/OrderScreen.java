package ru.socorder.service.order;

import java.io.Serializable;
import java.util.List;
import ru.socorder.model.order.OrderStatus;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.service.lifecycle.HistoryEntry;

/**
 * What the order screen shows, read in one go ({@link OrderFormationService#screen}).
 *
 * @param comparedWith the version the differences are to (the previous one by default), or null for a first version
 */
public record OrderScreen(SocialOrder order, List<SocialOrder> versions, Long comparedWith, List<VersionDiff.Change> diff,
                          OrderLifecycle.Actor actor, List<HistoryEntry> history) implements Serializable {

    /**
     * The newest version after this one, or null when this is the newest: changes are made there (the boundary refuses
     * to amend a version that has a later one, {@link OrderFormationService#transition}).
     */
    public SocialOrder laterVersion() {
        SocialOrder latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        return latest == null || latest.getVersionNumber() <= order.getVersionNumber() ? null : latest;
    }

    /** Whether the screen offers the workflow action: the lifecycle allows it, and an amendment only on the newest version. */
    public boolean offers(OrderLifecycle.Action action) {
        return OrderLifecycle.allows(order.getStatus(), action, actor)
                && (action != OrderLifecycle.Action.AMEND || laterVersion() == null);
    }

    /**
     * The approver's return when this draft came back from approval and has not been sent again: the last workflow step
     * of the history (saves in between do not count), or null.
     */
    public HistoryEntry returned() {
        if (order.getStatus() != OrderStatus.DRAFT) {
            return null;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry e = history.get(i);
            if (e.to() != null) { // a workflow step (audit events have no state)
                return OrderLifecycle.Action.RETURN.name().equals(e.action()) ? e : null;
            }
        }
        return null;
    }
}
