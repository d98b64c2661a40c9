package ru.socorder.model.catalog;

/**
 * Type of a service executor (исполнитель услуг). {@link #label()} is how screens, exports and printed forms name
 * it; the constant's name is the API's code.
 */
public enum ExecutorType {
    STATE_TREASURY_INSTITUTION(true, true, "Казённое учреждение"),
    STATE_BUDGET_INSTITUTION(true, true, "Бюджетное учреждение"),
    STATE_AUTONOMOUS_INSTITUTION(true, true, "Автономное учреждение"),
    NGO(true, false, "Некоммерческая организация"),
    COMMERCIAL(true, false, "Коммерческая организация"),
    INDIVIDUAL_ENTREPRENEUR(false, false, "Индивидуальный предприниматель"),
    /** физическое лицо – производитель товаров, работ, услуг */
    NATURAL_PERSON(false, false, "Физическое лицо");

    private final boolean legalEntity;
    private final boolean stateInstitution;
    private final String label;

    ExecutorType(boolean legalEntity, boolean stateInstitution, String label) {
        this.legalEntity = legalEntity;
        this.stateInstitution = stateInstitution;
        this.label = label;
    }

    public boolean isLegalEntity() {
        return legalEntity;
    }

    public boolean isStateInstitution() {
        return stateInstitution;
    }

    /** «Бюджетное учреждение». */
    public String label() {
        return label;
    }
}
