package ru.socorder.model.decision;

/** Способ отбора исполнителей услуг (189-FZ art. 9 part 2). */
public enum SelectionMethod {
    /** конкурс */
    COMPETITION,
    /** социальный сертификат */
    CERTIFICATE
}
