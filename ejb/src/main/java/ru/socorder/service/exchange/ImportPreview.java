package ru.socorder.service.exchange;

import java.io.Serializable;
import java.util.List;

/**
 * The result of reading a small import file at once (the reference lists): every row with its status, and the drafts
 * of the accepted rows. Nothing is written yet.
 */
public record ImportPreview<D extends Serializable>(List<ImportRow> rows, List<D> drafts) implements Serializable {

    public long count(ImportRow.Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    /** Hands the rows to a sink in file order, each accepted row with its draft. */
    public void sendTo(RowSink sink) {
        int next = 0;
        for (ImportRow r : rows) {
            sink.accept(r, r.status() == ImportRow.Status.REJECTED ? null : drafts.get(next++));
        }
    }

    public boolean importable() {
        return !rows.isEmpty() && count(ImportRow.Status.REJECTED) == 0;
    }
}
