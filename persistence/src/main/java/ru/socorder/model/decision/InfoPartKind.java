package ru.socorder.model.decision;

/** A part of the information support (порядок применения статьи 8 Федерального закона № 189-ФЗ). */
public enum InfoPartKind {
    /** a paragraph of its own */
    TEXT,
    /** the lead-in of the list of electronic documents, followed by the decision's documents as sub-items */
    DOCUMENTS,
    /** the lead-in of the list of information systems, followed by the decision's systems as sub-items */
    SYSTEMS
}
