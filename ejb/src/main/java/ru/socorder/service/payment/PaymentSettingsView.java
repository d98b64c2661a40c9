package ru.socorder.service.payment;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An authority's payment settings as screens and the API show them: the advance share of new agreements (per cent),
 * the working day of the month the advances and acts are paid on, whether the authority has saved them (otherwise
 * the global defaults are shown), the version to send back, and whether the caller may change them.
 */
public record PaymentSettingsView(long authorityId, String authority, BigDecimal advanceShare, int advanceWorkingDay, boolean saved,
                                  long version, boolean editable) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What the settings mean, said once for the screen and the API's readers. */
    public static String explanation(int workingDay) {
        return "Аванс перечисляется на " + workingDay + "-й рабочий день месяца; доля применяется к новым соглашениям";
    }
}
