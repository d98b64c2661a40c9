package ru.socorder.service.certificate.closing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.socorder.model.common.RussianText;
import ru.socorder.service.reporting.ReportEngine.Part;

/**
 * The printed report «Переход договоров на следующий год» ({@code reports/closing/continuations.jrxml}): one row per
 * contract of a multi-year programme, continued (the new contract and certificate, the hours) or not (the reason).
 * Reads {@link ContinuationRow}s; plain class.
 */
public final class ContinuationPrinter {
    private ContinuationPrinter() {
    }

    public static Part print(ClosingView v, List<ContinuationRow> rows) {
        List<Map<String, ?>> out = new ArrayList<>();
        for (ContinuationRow r : rows) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("contract", r.contractNumber());
            row.put("certificate", r.certificateNumber());
            row.put("executor", r.executorName() + "\n" + r.programmeName());
            row.put("outcome", r.outcomeLabel());
            row.put("next", r.continuationNumber() == null ? "—" : "№ " + r.continuationNumber() + "\nсертификат " + r.newCertificateNumber()
                    + "\n" + RussianText.number(r.continuationHours()) + " ч");
            row.put("reason", r.reasonText() == null ? "" : r.reasonText() + (r.reason() == null ? "" : " (" + r.reason().name() + ")"));
            out.add(row);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("TITLE", "Переход договоров на " + (v.year() + 1) + " год");
        p.put("SUBTITLE", v.territoryName() + ": закрытие " + v.year() + " года — " + v.statusLabel());
        p.put("NOTE", rows.isEmpty() ? "Договоров многолетних программ нет." : "Продолжено: " + v.continued() + ", не продолжено: "
                + v.notContinued() + ".");
        return new Part("closing/continuations", p, out);
    }
}
