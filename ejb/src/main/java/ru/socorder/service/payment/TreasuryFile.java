package ru.socorder.service.payment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The treasury export of a month's payment orders (docs/treasury-export.md): CSV in UTF-8 without a byte-order mark,
 * fields separated by {@code ;}, lines ended by CR LF, a header line of the column names below, then one line per
 * payment order. A field holding {@code ;}, {@code "}, CR or LF is quoted with {@code "} (a quote doubled); nothing else
 * is changed (no spreadsheet formula guard: the file is read by the treasury's system, not a spreadsheet). Amounts
 * with a point and two decimals ({@code 1234.50}), dates {@code ДД.ММ.ГГГГ}.
 */
public final class TreasuryFile {
    public static final List<String> COLUMNS = List.of("Номер", "Дата", "Сумма", "Получатель", "ИНН получателя",
            "КПП получателя", "Счёт получателя", "БИК", "Банк получателя", "Корр. счёт", "Лицевой счёт",
            "Назначение платежа", "Соглашение", "Месяц", "Вид");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** One payment order as the file carries it. */
    public record Order(long number, LocalDate payOn, BigDecimal amount, String payee, String inn, String kpp, String account,
                        String bik, String bank, String corrAccount, String treasuryAccount, String purpose,
                        String agreementNumber, String month, String kind) {
    }

    private final Writer out;

    public TreasuryFile(OutputStream stream) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        line(COLUMNS);
    }

    public void write(Order o) throws IOException {
        line(List.of(String.valueOf(o.number()), DATE.format(o.payOn()), o.amount().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                text(o.payee()), text(o.inn()), text(o.kpp()), text(o.account()), text(o.bik()), text(o.bank()),
                text(o.corrAccount()), text(o.treasuryAccount()), text(o.purpose()), text(o.agreementNumber()), o.month(), o.kind()));
    }

    public void finish() throws IOException {
        out.flush();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private void line(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(quoted(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quoted(String field) {
        if (field.indexOf(';') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
