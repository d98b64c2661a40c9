package ru.socorder.service.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.socorder.service.exchange.TableReader;
import ru.socorder.service.exchange.ImportRow;
import ru.socorder.service.exchange.ImportPreview;

/** Services pasted from the seed resolutions: lookalike registry numbers are corrected and reported, not guessed. */
class ServiceImportTest {

    private static ImportPreview<ServiceDraft> preview(String csv) {
        return ServiceImport.preview(TableReader.read("services.csv", csv.getBytes(StandardCharsets.UTF_8)),
                oktmo -> oktmo.equals("41633000") ? 959L : null, 959L,
                code -> code.equals("04") ? 4L : null,
                keys -> keys.contains("959/804200О990ББ52АЕ04000") ? Set.of("959/804200О990ББ52АЕ04000") : Set.of());
    }

    @Test
    void seedNumbersWithTheDigitZeroAreCorrectedAndTheRestIsChecked() {
        ImportPreview<ServiceDraft> p = preview("""
                Реестровый номер;Наименование услуги;Содержание;Код направления;Нормативные затраты;ОКТМО;Показатель объема;Код ОКЕИ
                8042000.99.0.ББ52АЕ52000;Реализация дополнительных общеразвивающих программ;физкультурно-спортивная;04;156,881;41633000;Количество человеко-часов;539
                804200О.99.0.ББ52АЖ24000;Реализация дополнительных общеразвивающих программ;социально-гуманитарная;04;138.9125;;;
                804200О.99.0.ББ52АЕ04000;Реализация дополнительных общеразвивающих программ;техническая;04;;;;
                80Б200О.99.0.ББ52АЕ76000;Реализация дополнительных общеразвивающих программ;художественная;04;;;;
                804200О.99.0.ББ52АЖ00000;;туристско-краеведческая;99;-5;;;
                8042000.99.0.ББ52АЕ52000;Повтор первой строки;;;;41633000;;
                """);
        assertEquals(List.of(ImportRow.Status.CORRECTED, ImportRow.Status.VALID, ImportRow.Status.REJECTED,
                ImportRow.Status.REJECTED, ImportRow.Status.REJECTED, ImportRow.Status.REJECTED),
                p.rows().stream().map(ImportRow::status).toList());
        assertEquals("804200О.99.0.ББ52АЕ52000", p.rows().get(0).key());
        assertTrue(p.rows().get(0).messageText().contains("позиция 7: цифра «0» заменена"), p.rows().get(0).messageText());
        assertTrue(p.rows().get(2).messageText().contains("уже есть в справочнике"));
        assertEquals("Позиция 3: ожидается цифра, указано «Б»", p.rows().get(3).messageText());
        String fifth = p.rows().get(4).messageText();
        assertTrue(fifth.contains("Укажите наименование услуги") && fifth.contains("отрицательными") && fifth.contains("«99» не найдено"), fifth);
        assertTrue(p.rows().get(5).messageText().contains("уже встречается выше"));
        ServiceDraft first = p.drafts().get(0);
        assertEquals(new BigDecimal("156.881"), first.getNormativeCost());
        assertEquals("539", first.getIndicators().get(0).getUnitCode());
        assertEquals(959L, p.drafts().get(1).getTerritoryId(), "rows without ОКТМО go to the clerk's territory");
    }
}
