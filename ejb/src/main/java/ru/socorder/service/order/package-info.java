/**
 * Социальный заказ: formation of the social order — the volume split rule, planned money, the approval workflow
 * (state machine) — and, as the area grows, its boundary {@code OrderFormationService}.
 */
package ru.socorder.service.order;
