package ru.socorder.service.common;

import java.io.Serializable;

/** One invalid field: its name in the API/form and a Russian message. */
public record FieldError(String field, String message) implements Serializable {
}
