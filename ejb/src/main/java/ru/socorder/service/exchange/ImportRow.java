package ru.socorder.service.exchange;

import java.io.Serializable;
import java.util.List;

/**
 * One row of an import file as the preview shows it.
 *
 * @param line     line number in the file (the header is line 1)
 * @param status   VALID, CORRECTED (accepted with automatic corrections) or REJECTED
 * @param key      what identifies the record (ИНН/КПП, registry number)
 * @param name     its name
 * @param messages reasons for rejection or the corrections made
 */
public record ImportRow(int line, Status status, String key, String name, List<String> messages) implements Serializable {
    public enum Status {
        VALID, CORRECTED, REJECTED
    }

    public String messageText() {
        return String.join("; ", messages);
    }
}
