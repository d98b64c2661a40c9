package ru.socorder.model.registry;

/** The reasons, from a list, for refusing inclusion in the registry; the reviewer adds a text. */
public enum InclusionRefusal {
    NO_LICENCE("нет лицензии на осуществление образовательной деятельности"),
    LICENCE_INVALID("лицензия недействительна на дату рассмотрения"),
    IDENTIFIERS_INVALID("неверные реквизиты исполнителя"),
    SPECIAL_NAME("организация со специальным наименованием не участвует в отборе"),
    SERVICE_NOT_IN_ORDER("услуга не включена в социальный заказ с объёмом по сертификатам"),
    DOCUMENTS_INCOMPLETE("представлены не все документы"),
    OTHER("иная причина");

    private final String label;

    InclusionRefusal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
