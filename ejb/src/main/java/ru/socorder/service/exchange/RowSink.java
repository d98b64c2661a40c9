package ru.socorder.service.exchange;

import java.io.Serializable;

/**
 * Receives the checked rows of an import file in file order, one at a time, so a file of a hundred thousand rows
 * is stored as it is checked instead of being held as a preview in memory.
 */
public interface RowSink {
    /**
     * @param row   the row with its verdict
     * @param draft what to write for an accepted row (VALID or CORRECTED); null for a rejected one
     */
    void accept(ImportRow row, Serializable draft);
}
