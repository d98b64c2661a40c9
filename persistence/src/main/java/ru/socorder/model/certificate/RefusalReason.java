package ru.socorder.model.certificate;

/**
 * Why an application for a certificate is refused: a stable code the adapters (ЕПГУ, Navigator) receive with a Russian
 * text they can pass on to the family.
 */
public enum RefusalReason {
    NO_TERMS("На этот год параметры выдачи сертификатов на территории не установлены"),
    OUTSIDE_PERIOD("Дата начала обучения вне срока действия сертификатов этого года"),
    AGE("Возраст ребёнка на дату начала обучения вне установленного диапазона"),
    TERRITORY("Ребёнок не проживает на территории, где выдаётся сертификат"),
    ALREADY_HOLDS("У ребёнка уже есть действующий сертификат на эту услугу в этом году"),
    ALREADY_HOLDS_DIRECTION("У ребёнка уже есть действующий сертификат по этому направлению в этом году"),
    NO_VOLUME("Услуга не включена в социальный заказ с объёмом по сертификатам на этот год"),
    /** From the closing calendar's stop date no certificates of the closing year are issued (year-end closing). */
    YEAR_CLOSING("Выдача сертификатов на этот год завершена: идёт закрытие года. Подайте заявление на следующий год"),
    CONSUMER_DATA("Сведения о ребёнке не подтверждены"),
    OTHER("Иная причина");

    private final String text;

    RefusalReason(String text) {
        this.text = text;
    }

    /** The Russian text for the family. */
    public String text() {
        return text;
    }
}
