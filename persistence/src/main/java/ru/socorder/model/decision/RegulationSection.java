package ru.socorder.model.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A section of the working group's regulations (Положение о рабочей группе). */
@Embeddable
public class RegulationSection implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 500)
    private String title;

    /** The paragraphs of the section, one a line, as the act writes them. */
    @Column(name = "body", length = 20000)
    private String text;

    protected RegulationSection() {
    }

    public RegulationSection(String title, String text) {
        this.title = title;
        this.text = text;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }
}
