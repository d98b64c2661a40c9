package ru.socorder.service.certificate.closing;

import java.util.List;
import ru.socorder.service.exchange.TableWriter;

/** The columns of «Переход договоров на следующий год» — the same in the XLSX and on the screen. */
public final class ContinuationReport {
    private ContinuationReport() {
    }

    public static List<TableWriter.Column<ContinuationRow>> columns() {
        return List.of(
                new TableWriter.Column<>("Договор", ContinuationRow::contractNumber),
                new TableWriter.Column<>("Сертификат", ContinuationRow::certificateNumber),
                new TableWriter.Column<>("Исполнитель", ContinuationRow::executorName),
                new TableWriter.Column<>("Программа", ContinuationRow::programmeName),
                new TableWriter.Column<>("Итог", ContinuationRow::outcomeLabel),
                new TableWriter.Column<>("Договор следующего года", ContinuationRow::continuationNumber),
                new TableWriter.Column<>("Сертификат следующего года", ContinuationRow::newCertificateNumber),
                new TableWriter.Column<>("Часов", ContinuationRow::continuationHours),
                new TableWriter.Column<>("Код причины", r -> r.reason() == null ? null : r.reason().name()),
                new TableWriter.Column<>("Причина", ContinuationRow::reasonText),
                new TableWriter.Column<>("Освобождено, руб.", ContinuationRow::releasedAmount));
    }
}
