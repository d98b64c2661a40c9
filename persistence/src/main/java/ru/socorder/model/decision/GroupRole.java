package ru.socorder.model.decision;

/** Role in the working group (рабочая группа). */
public enum GroupRole {
    /** руководитель (председатель) */
    HEAD,
    /** заместитель руководителя */
    DEPUTY,
    /** секретарь */
    SECRETARY,
    /** член рабочей группы */
    MEMBER
}
