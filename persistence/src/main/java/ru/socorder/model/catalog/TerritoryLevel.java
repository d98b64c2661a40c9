package ru.socorder.model.catalog;

/**
 * Level of a public-law entity (публично-правовое образование). {@link #label()} is how screens and exports name it;
 * the constant's name is the API's code.
 */
public enum TerritoryLevel {
    REGION("Субъект Российской Федерации"),
    MUNICIPALITY("Муниципальное образование");

    private final String label;

    TerritoryLevel(String label) {
        this.label = label;
    }

    /** «Муниципальное образование». */
    public String label() {
        return label;
    }
}
