package ru.socorder.service.exchange;

import java.io.Serializable;
import java.util.List;

/**
 * The result of reading an import file: every row with its status, and the drafts of the accepted rows. Nothing is
 * written yet; the import is all-or-nothing, so it can be confirmed only when no row is rejected.
 */
public record ImportPreview<D extends Serializable>(List<ImportRow> rows, List<D> drafts) implements Serializable {

    public long count(ImportRow.Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public boolean importable() {
        return !rows.isEmpty() && count(ImportRow.Status.REJECTED) == 0;
    }
}
