package ru.socorder.service.agreement;

import java.io.Serializable;
import java.math.BigDecimal;

/** The signed agreements of a service and year exceed what the current approved order allows (e.g. after an amendment lowered it). */
public record VolumeAlert(long serviceId, String serviceNumber, String serviceName, int year, BigDecimal orderVolume,
                          BigDecimal agreementsVolume) implements Serializable {
    /** «Услуга … на 2027 год: объём по заказу 1 000, по соглашениям 1 200». */
    public String text() {
        return "Услуга " + serviceNumber + " «" + serviceName + "» на " + year + " год: объём по социальным сертификатам в заказе — "
                + AgreementVolumes.figure(orderVolume) + ", по подписанным соглашениям — " + AgreementVolumes.figure(agreementsVolume)
                + " (превышение " + AgreementVolumes.figure(agreementsVolume.subtract(orderVolume)) + ")";
    }
}
