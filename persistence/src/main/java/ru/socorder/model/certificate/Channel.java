package ru.socorder.model.certificate;

/** Where an application or an enrolment came from. */
public enum Channel {
    /** entered by a clerk (from paper or in person) */
    CLERK("специалист"),
    /** Единый портал государственных услуг, through its adapter */
    EPGU("ЕПГУ"),
    /** the regional Navigator of supplementary education, through its adapter */
    NAVIGATOR("Навигатор"),
    /** an imported file */
    IMPORT("загрузка из файла");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
