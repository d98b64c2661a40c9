package ru.socorder.model.catalog;

/** Type of a service executor (исполнитель услуг). */
public enum ExecutorType {
    /** казённое учреждение */
    STATE_TREASURY_INSTITUTION(true, true),
    /** бюджетное учреждение */
    STATE_BUDGET_INSTITUTION(true, true),
    /** автономное учреждение */
    STATE_AUTONOMOUS_INSTITUTION(true, true),
    /** некоммерческая организация */
    NGO(true, false),
    /** коммерческая организация */
    COMMERCIAL(true, false),
    /** индивидуальный предприниматель */
    INDIVIDUAL_ENTREPRENEUR(false, false),
    /** физическое лицо – производитель товаров, работ, услуг */
    NATURAL_PERSON(false, false);

    private final boolean legalEntity;
    private final boolean stateInstitution;

    ExecutorType(boolean legalEntity, boolean stateInstitution) {
        this.legalEntity = legalEntity;
        this.stateInstitution = stateInstitution;
    }

    public boolean isLegalEntity() {
        return legalEntity;
    }

    public boolean isStateInstitution() {
        return stateInstitution;
    }
}
