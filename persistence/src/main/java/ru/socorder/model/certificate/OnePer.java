package ru.socorder.model.certificate;

/** What a child may hold one active certificate of in a year: per service, or per activity direction of the service. */
public enum OnePer {
    SERVICE("по каждой услуге"),
    DIRECTION("по направлению деятельности");

    private final String label;

    OnePer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
