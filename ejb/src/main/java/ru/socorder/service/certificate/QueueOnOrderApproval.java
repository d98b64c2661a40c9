package ru.socorder.service.certificate;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import ru.socorder.service.order.OrderApproved;

/**
 * An order approved (or amended upward and approved) may allow more certificates: the queues of its authority for its
 * services are served in the approving transaction.
 */
@ApplicationScoped
public class QueueOnOrderApproval {
    @EJB
    private CertificateIssuing issuing;

    void onApproval(@Observes OrderApproved event) {
        issuing.orderApproved(event.orderId());
    }
}
