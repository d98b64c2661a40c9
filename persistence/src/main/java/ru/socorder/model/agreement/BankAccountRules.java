package ru.socorder.model.agreement;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks of bank details: digits and lengths, and the control key of an account against the БИК — the Bank of
 * Russia's algorithm (Положение ЦБ РФ № 579-П, приложение; «порядок расчёта контрольного ключа»): the 23 digits
 * «three digits from the БИК» + the 20-digit account are multiplied by the weights 7 1 3 7 1 3 …, the last digit of
 * each product is summed, and the sum of a valid account ends with 0. The three digits are the БИК's last three for an
 * account in a credit institution, and «0» + the БИК's 5th and 6th digits for an account in a division of the Bank of
 * Russia or a treasury body (БИК ending 000–002, or a БИК of a territorial treasury body starting «00») — the rule
 * a correspondent account is checked by, too. Treasury accounts (казначейские счета, «03…») carry no control key and
 * are checked for their shape only.
 */
public final class BankAccountRules {
    private static final int[] WEIGHTS = {7, 1, 3};

    private BankAccountRules() {
    }

    /** The digits typed, without spaces, hyphens and dots clerks group them with; null when nothing was typed. */
    public static String digits(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replaceAll("[\\s\\u00A0\\u202F.\\-]", "");
        return s.isEmpty() ? null : s;
    }

    /** Problems by field name; empty when the details are complete and valid. */
    public static Map<String, String> check(BankDetails d) {
        Map<String, String> out = new LinkedHashMap<>();
        if (d.getPayeeName() == null) {
            out.put("payeeName", "Укажите получателя платежа");
        }
        String bikProblem = shape("БИК", d.getBik(), 9);
        if (bikProblem != null) {
            out.put("bik", bikProblem);
        }
        String accountProblem = shape("Счёт", d.getAccount(), 20);
        if (accountProblem == null && bikProblem == null && !isTreasuryAccount(d.getAccount()) && !keyValid(d.getBik(), d.getAccount())) {
            accountProblem = "Счёт " + d.getAccount() + " не соответствует БИК " + d.getBik()
                    + ": не сходится контрольный ключ — проверьте счёт и БИК";
        }
        if (accountProblem != null) {
            out.put("account", accountProblem);
        }
        if (d.getBankName() == null) {
            out.put("bankName", "Укажите наименование банка (органа казначейства)");
        }
        if (d.getCorrespondentAccount() != null) {
            String corr = shape("Корреспондентский счёт", d.getCorrespondentAccount(), 20);
            if (corr == null && bikProblem == null && !correspondentKeyValid(d.getBik(), d.getCorrespondentAccount())) {
                corr = "Корреспондентский счёт " + d.getCorrespondentAccount() + " не соответствует БИК " + d.getBik()
                        + ": не сходится контрольный ключ";
            }
            if (corr != null) {
                out.put("correspondentAccount", corr);
            }
        }
        if (d.getTreasuryAccount() != null && d.getTreasuryAccount().length() > 30) {
            out.put("treasuryAccount", "Лицевой счёт: не более 30 символов");
        }
        return out;
    }

    /** «Счёт: допустимы только цифры…», «…: нужно 20 цифр, указано 19», or null. */
    static String shape(String name, String digits, int length) {
        if (digits == null) {
            return name + ": значение не указано";
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return name + ": допустимы только цифры, в позиции " + (i + 1) + " указан символ «" + c + "»";
            }
        }
        if (digits.length() != length) {
            return name + ": нужно " + length + " цифр, указано " + digits.length();
        }
        return null;
    }

    /** A казначейский счёт (opened by the Federal Treasury, starts with 03): no control key. */
    public static boolean isTreasuryAccount(String account) {
        return account.startsWith("03");
    }

    /** Whether the account's control key matches the БИК (both already of the right shape). */
    public static boolean keyValid(String bik, String account) {
        return sumEndsWithZero(bankPart(bik) + account);
    }

    /** A correspondent account (or единый казначейский счёт) is kept in the Bank of Russia: «0» + БИК's 5th–6th digits. */
    public static boolean correspondentKeyValid(String bik, String account) {
        return sumEndsWithZero("0" + bik.substring(4, 6) + account);
    }

    private static String bankPart(String bik) {
        String last = bik.substring(6);
        boolean centralBankOrTreasury = last.equals("000") || last.equals("001") || last.equals("002") || bik.startsWith("00");
        return centralBankOrTreasury ? "0" + bik.substring(4, 6) : last;
    }

    private static boolean sumEndsWithZero(String digits23) {
        int sum = 0;
        for (int i = 0; i < digits23.length(); i++) {
            sum += (digits23.charAt(i) - '0') * WEIGHTS[i % 3] % 10;
        }
        return sum % 10 == 0;
    }
}
