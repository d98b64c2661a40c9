package ru.socorder.service.order;

import java.io.Serializable;

/**
 * A CDI event the order boundary fires, in the approving transaction, when a version of an order becomes the approved
 * one (approved or published): what it allows has changed, so the areas that wait for volume (the certificates'
 * queue) look again.
 */
public record OrderApproved(long orderId, long authorityId) implements Serializable {
}
