package ru.socorder.model.registry;

/** Направленность of a supplementary general development programme (the six of the federal order on the procedure). */
public enum Orientation {
    TECHNICAL("техническая"),
    NATURAL_SCIENCE("естественнонаучная"),
    SPORTS("физкультурно-спортивная"),
    ARTS("художественная"),
    TOURISM("туристско-краеведческая"),
    SOCIAL("социально-гуманитарная");

    private final String label;

    Orientation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
