package ru.socorder.api.payment;

/** The body of {@code POST /payment-runs}: whose month ({@code 2027-03}). */
public class PaymentRunForm {
    public Long authorityId;
    public String month;
}
