package ru.socorder.service.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ru.socorder.service.common.ValidationFailed;

/** A replacement template is accepted only when it compiles, declares what the form passes and prints sample data. */
class TemplateCheckTest {
    private static final byte[] SHIPPED = ReportEngine.shipped("agreement/agreement");

    @Test
    void theShippedTemplatesPassAndEveryListedFormExists() {
        for (PrintTemplates.Form f : PrintTemplates.FORMS) {
            byte[] source = ReportEngine.shipped(f.name());
            TemplateCheck.check(source, source);
        }
    }

    @Test
    void aChangedLayoutIsAccepted() {
        String changed = new String(SHIPPED, StandardCharsets.UTF_8).replace("8. Реквизиты и подписи сторон", "8. Адреса и подписи");
        TemplateCheck.check(SHIPPED, changed.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTemplateWithoutAFieldTheFormPassesIsRefusedNamingIt() {
        String without = new String(SHIPPED, StandardCharsets.UTF_8).replace("<field name=\"cPrice\" class=\"java.lang.String\"/>", "")
                .replace("$F{cPrice}", "\"\"");
        ValidationFailed e = assertThrows(ValidationFailed.class, () -> TemplateCheck.check(SHIPPED, without.getBytes(StandardCharsets.UTF_8)));
        assertEquals("file", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("поле cPrice (java.lang.String)"), e.errors().get(0).message());
    }

    @Test
    void aTemplateThatDoesNotCompileOrIsNoTemplateIsRefused() {
        String broken = new String(SHIPPED, StandardCharsets.UTF_8).replace("$P{TITLE}", "$P{TITLE}.noSuchMethod()");
        ValidationFailed e = assertThrows(ValidationFailed.class, () -> TemplateCheck.check(SHIPPED, broken.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.errors().get(0).message().startsWith("Шаблон не компилируется"), e.errors().get(0).message());
        ValidationFailed notXml = assertThrows(ValidationFailed.class, () -> TemplateCheck.check(SHIPPED, "привет".getBytes(StandardCharsets.UTF_8)));
        assertTrue(notXml.errors().get(0).message().startsWith("Файл не является шаблоном"), notXml.errors().get(0).message());
    }
}
