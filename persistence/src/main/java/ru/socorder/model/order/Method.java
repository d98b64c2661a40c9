package ru.socorder.model.order;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four ways the volume of an order line is placed (domain.md §2.2, §4.1 rule 1), in the order of the columns of the
 * form of decree 1613. {@link #field()} is the name of the volume in the API, the publication export and the printed
 * form's data; {@link #label()} heads the column of the form, {@link #volumeText()} names the volume in messages.
 */
public enum Method {
    TREASURY("treasury", "казенными учреждениями на основании задания", "объём по заданию казённым учреждениям",
            "задание казённым"),
    BUDGET_AUTONOMOUS("budgetAutonomous", "бюджетными и автономными учреждениями на основании задания",
            "объём по заданию бюджетным и автономным учреждениям", "задание бюджетным и автономным"),
    COMPETITION("competition", "в соответствии с конкурсом", "объём по конкурсу", "конкурс"),
    CERTIFICATES("certificates", "в соответствии с социальными сертификатами", "объём по социальным сертификатам",
            "сертификаты");

    private final String field;
    private final String label;
    private final String volumeText;
    private final String shortLabel;

    Method(String field, String label, String volumeText, String shortLabel) {
        this.field = field;
        this.label = label;
        this.volumeText = volumeText;
        this.shortLabel = shortLabel;
    }

    /** {@code treasury}, {@code budgetAutonomous}, {@code competition}, {@code certificates}. */
    public String field() {
        return field;
    }

    /** The column of the form: «в соответствии с социальными сертификатами». */
    public String label() {
        return label;
    }

    /** The volume in a message: «объём по социальным сертификатам». */
    public String volumeText() {
        return volumeText;
    }

    /** A short name for lists of changes: «сертификаты». */
    public String shortLabel() {
        return shortLabel;
    }

    /** The method by its {@link #field()} name or its constant name, in any case; empty for anything else. */
    public static Optional<Method> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip();
        return Arrays.stream(values()).filter(m -> m.field.equalsIgnoreCase(n) || m.name().equalsIgnoreCase(n)).findFirst();
    }
}
