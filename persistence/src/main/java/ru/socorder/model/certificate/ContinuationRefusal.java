package ru.socorder.model.certificate;

/** Why a contract of a multi-year programme could not continue into the next year: a stable code and a Russian text. */
public enum ContinuationRefusal {
    NO_VOLUME("В социальном заказе следующего года нет объёма по сертификатам для этой услуги"),
    VOLUME_EXHAUSTED("Объём социального заказа следующего года по сертификатам для этой услуги исчерпан"),
    NO_TERMS("Параметры сертификата на следующий год не установлены"),
    NOT_ELIGIBLE("Ребёнок не может получить сертификат следующего года"),
    INSUFFICIENT_BALANCE("Остатка сертификата следующего года недостаточно для оставшихся часов программы");

    private final String text;

    ContinuationRefusal(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
