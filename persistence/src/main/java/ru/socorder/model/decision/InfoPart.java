package ru.socorder.model.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/**
 * A numbered paragraph of the information support as the act writes it («6. Размещение информации о проведении
 * конкурса …»). The lists of documents and systems are parts too: their lead-in is the text and the items, numbered
 * under the part («3.1.», «3.2.» …), are the decision's electronic documents and systems, so the act's references
 * («подпунктах 3.1-3.7 пункта 3») meet the printed numbers.
 */
@Embeddable
public class InfoPart implements Serializable {
    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InfoPartKind kind;

    @Column(length = 20)
    private String number;

    @Column(nullable = false, length = 4000)
    private String text;

    protected InfoPart() {
    }

    public InfoPart(InfoPartKind kind, String number, String text) {
        this.kind = kind;
        this.number = number;
        this.text = text;
    }

    public InfoPartKind getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }
}
