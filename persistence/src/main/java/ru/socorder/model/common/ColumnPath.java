package ru.socorder.model.common;

/**
 * An entity that stands inside another one in the forms and the API says where, so that a limit it breaks is named
 * as the user entered it: an order line answers {@code lines[2]}, and its place then is {@code lines[2].place}.
 */
public interface ColumnPath {
    String columnPath();
}
