package ru.socorder.service.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import ru.socorder.model.decision.Deadline;
import ru.socorder.model.decision.DeadlineKind;
import ru.socorder.model.decision.Recurrence;

/** Every deadline expression found in the five seed resolutions, and variants clerks type. */
class DeadlineParserTest {

    @ParameterizedTest(name = "«{0}»")
    @CsvSource(delimiter = '|', value = {
        // dates as the seeds write them
        "До 01.07.2024                 | DATE    | 2024-07-01 | до 01.07.2024",
        "До 15.02.2024                 | DATE    | 2024-02-15 | до 15.02.2024",
        "До 29.02.2024                 | DATE    | 2024-02-29 | до 29.02.2024",
        "До 31.12.2023                 | DATE    | 2023-12-31 | до 31.12.2023",
        "до 31.12.2022 года            | DATE    | 2022-12-31 | до 31.12.2022",
        "1 сентября 2023 года          | DATE    | 2023-09-01 | до 01.09.2023",
        "До 1 июля 2023 года           | DATE    | 2023-07-01 | до 01.07.2023",
        "До 15 мая 2023 года           | DATE    | 2023-05-15 | до 15.05.2023",
        "До 15 августа 2023 года       | DATE    | 2023-08-15 | до 15.08.2023",
        "До 15 сентября 2023 года      | DATE    | 2023-09-15 | до 15.09.2023",
        "До1 июня 2023 года            | DATE    | 2023-06-01 | до 01.06.2023",
        "До1 сентября 2023 года        | DATE    | 2023-09-01 | до 01.09.2023",
        "до 01 сентября 2023 года.     | DATE    | 2023-09-01 | до 01.09.2023",
        "15.05.2023                    | DATE    | 2023-05-15 | до 15.05.2023",
        "1 июня 2023 года              | DATE    | 2023-06-01 | до 01.06.2023",
        // variants: case, missing spaces, «г.», «1-го», «не позднее»
        "ДО 1 ИЮЛЯ 2023 Г.             | DATE    | 2023-07-01 | до 01.07.2023",
        "до 1-го июля 2023 г           | DATE    | 2023-07-01 | до 01.07.2023",
        "не позднее 10.05.2023         | DATE    | 2023-05-10 | до 10.05.2023",
        "до 1июля2023                  | DATE    | 2023-07-01 | до 01.07.2023",
        "с 01.09.2023                  | FROM_DATE | 2023-09-01 | с 01.09.2023",
        // quarters, months, years
        "IV квартал 2024 года          | QUARTER | 2024-12-31 | IV квартал 2024 года",
        "II квартал 2024 года          | QUARTER | 2024-06-30 | II квартал 2024 года",
        "IV квартал  2024 года         | QUARTER | 2024-12-31 | IV квартал 2024 года",
        "iv кв. 2024 г.                | QUARTER | 2024-12-31 | IV квартал 2024 года",
        "3 квартал 2025                | QUARTER | 2025-09-30 | III квартал 2025 года",
        "Декабрь 2024                  | MONTH   | 2024-12-31 | Декабрь 2024",
        "май 2025 года                 | MONTH   | 2025-05-31 | Май 2025",
        "2025 год                      | YEAR    | 2025-12-31 | 2025 год",
        "2024                          | YEAR    | 2024-12-31 | 2024 год",
        "2024 г.                       | YEAR    | 2024-12-31 | 2024 год",
        // during a period: due at its end (issue 12)
        "в течение 2025 года           | YEAR    | 2025-12-31 | 2025 год",
        "В течение 2025 г.             | YEAR    | 2025-12-31 | 2025 год",
        "в 2025 году                   | YEAR    | 2025-12-31 | 2025 год",
        "в течение IV квартала 2024 года | QUARTER | 2024-12-31 | IV квартал 2024 года",
        "во 2 квартале 2025 г.         | QUARTER | 2025-06-30 | II квартал 2025 года",
        // half-years
        "2 полугодие 2025 г.           | HALF_YEAR | 2025-12-31 | II полугодие 2025 года",
        "1 полугодие 2025 года         | HALF_YEAR | 2025-06-30 | I полугодие 2025 года",
        "II полугодие 2024             | HALF_YEAR | 2024-12-31 | II полугодие 2024 года",
        "в течение первого полугодия 2026 года | HALF_YEAR | 2026-06-30 | I полугодие 2026 года",
        "до 2-го полугодия 2025 г.     | HALF_YEAR | 2025-12-31 | II полугодие 2025 года",
        "во втором полугодии 2025 года | HALF_YEAR | 2025-12-31 | II полугодие 2025 года",
    })
    void readsDatedDeadlines(String text, DeadlineKind kind, LocalDate date, String wording) {
        Deadline d = DeadlineParser.parse(text);
        assertEquals(kind, d.getKind(), text);
        assertEquals(date, d.getDate());
        assertEquals(wording, d.wording());
        assertEquals(text.strip().replaceAll("\\s+", " "), d.getText(), "the original wording is kept");
    }

    @ParameterizedTest(name = "«{0}»")
    @CsvSource(delimiter = '|', value = {
        "Ежегодно                                          | RECURRING  | YEARLY    | false | Ежегодно",
        "ежегодно                                          | RECURRING  | YEARLY    | false | Ежегодно",
        "Ежегодно, по мере необходимости                   | RECURRING  | YEARLY    | true  | Ежегодно, по мере необходимости",
        "Не реже 1 раза в квартал                          | RECURRING  | QUARTERLY | false | Не реже 1 раза в квартал",
        "Не реже 1 раза в квартал (по мере необходимости)  | RECURRING  | QUARTERLY | true  | Не реже 1 раза в квартал, по мере необходимости",
        "ежеквартально                                     | RECURRING  | QUARTERLY | false | Не реже 1 раза в квартал",
        "Постоянно                                         | CONTINUOUS | NONE      | false | Постоянно",
        "В течение всего срока апробации                   | CONTINUOUS | NONE      | false | Постоянно",
        "в течение срока апробации                         | CONTINUOUS | NONE      | false | Постоянно",
        "По мере необходимости                             | AS_NEEDED  | NONE      | true  | По мере необходимости",
        "по мере необходимости                             | AS_NEEDED  | NONE      | true  | По мере необходимости",
    })
    void readsRepeatedContinuousAndAsNeeded(String text, DeadlineKind kind, Recurrence recurrence, boolean asNeeded, String wording) {
        Deadline d = DeadlineParser.parse(text);
        assertEquals(kind, d.getKind(), text);
        assertEquals(recurrence, d.getRecurrence());
        assertEquals(asNeeded, d.isAsNeeded());
        assertEquals(wording, d.wording());
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {
        "До 1 июня 2023 года далее ежегодно до 1 января",
        "до 01.06.2023, далее ежегодно до 1 января",
        "До 1 июня 2023 года, а далее ежегодно до 1 января",
        "До1 июня 2023 года далее ежегодно до 1 января."})
    void readsCombinations(String text) {
        Deadline d = DeadlineParser.parse(text);
        assertEquals(DeadlineKind.DATE, d.getKind());
        assertEquals(LocalDate.of(2023, 6, 1), d.getDate());
        assertEquals(Recurrence.YEARLY, d.getRecurrence());
        assertEquals(MonthDay.of(1, 1), d.getRepeatOn());
        assertEquals("до 01.06.2023, далее ежегодно до 1 января", d.wording());
    }

    @Test
    void combinationFromTheSeedsWithSeptemberAndMarch() {
        assertEquals(LocalDate.of(2023, 9, 1), DeadlineParser.parse("До 1 сентября 2023 года далее ежегодно до 1 января").getDate());
        Deadline luga = DeadlineParser.parse("До 1 марта 2023 года, далее ежегодно до 1 января");
        assertEquals(LocalDate.of(2023, 3, 1), luga.getDate());
        assertEquals("до 01.03.2023, далее ежегодно до 1 января", luga.wording());
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"", "  ", "после согласования с Минфином", "До 1 марта", "31.02.2024", "до 32 мая 2023 года",
        "V квартал 2024 года", "1 сентября 2023 года далее когда-нибудь", "13.13.2023", "3 полугодие 2025 года",
        "в течение года", "в течение 20255 года"})
    void whatCannotBeReadIsKeptAsTextAndFlagged(String text) {
        Deadline d = DeadlineParser.parse(text);
        assertEquals(DeadlineKind.UNRECOGNISED, d.getKind(), text);
        assertFalse(d.isRecognised());
        assertEquals(text.strip(), d.getText());
        assertNull(d.nextDue(LocalDate.of(2024, 1, 1)), "an unreadable deadline is never guessed");
    }

    @Test
    void nextDueDateForTheDashboard() {
        LocalDate today = LocalDate.of(2024, 3, 10);
        assertEquals(LocalDate.of(2024, 7, 1), DeadlineParser.parse("До 01.07.2024").nextDue(today));
        assertEquals(LocalDate.of(2023, 6, 1), DeadlineParser.parse("До 1 июня 2023 года").nextDue(today), "a past date stays due (overdue)");
        assertEquals(LocalDate.of(2025, 1, 1), DeadlineParser.parse("До 1 июня 2023 года далее ежегодно до 1 января").nextDue(today));
        assertEquals(LocalDate.of(2024, 3, 31), DeadlineParser.parse("Не реже 1 раза в квартал").nextDue(today));
        assertEquals(LocalDate.of(2024, 12, 31), DeadlineParser.parse("Ежегодно").nextDue(today));
        assertNull(DeadlineParser.parse("Постоянно").nextDue(today));
        assertNull(DeadlineParser.parse("По мере необходимости").nextDue(today));
        assertTrue(DeadlineParser.parse("IV квартал 2024 года").nextDue(today).isEqual(LocalDate.of(2024, 12, 31)));
        assertEquals(LocalDate.of(2024, 6, 30), DeadlineParser.parse("1 полугодие 2024 г.").nextDue(today));
    }
}
