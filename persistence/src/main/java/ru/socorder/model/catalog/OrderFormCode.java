package ru.socorder.model.catalog;

/**
 * A line of the codes box («Коды») of the printed social order. Which lines a territory's form carries is set per
 * territory ({@link OrderFormOptions}): the excerpts of decree 1613's form that could be read show Дата, по ОКПО,
 * Глава БК and по ОКТМО (a signed municipal order); «Форма по ОКУД» is the usual first line of federal forms.
 */
public enum OrderFormCode {
    OKUD("Форма по ОКУД"),
    DATE("Дата"),
    OKPO("по ОКПО"),
    BUDGET_CHAPTER("Глава БК"),
    OKTMO("по ОКТМО");

    private final String caption;

    OrderFormCode(String caption) {
        this.caption = caption;
    }

    /** The caption printed to the left of the code's cell. */
    public String caption() {
        return caption;
    }
}
