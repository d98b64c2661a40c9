package ru.socorder.model.usage;

/** How delivered hours came in. */
public enum UsageSource {
    SCREEN("на экране"),
    FILE("из файла"),
    API("через API");

    private final String label;

    UsageSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
