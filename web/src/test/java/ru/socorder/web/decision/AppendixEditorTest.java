package ru.socorder.web.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.decision.AppendixKind;
import ru.socorder.model.decision.Decision;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.service.decision.AppendixForm;

/** The «Приложения» tab's edits, mapped from the form shown and back to the form stored. */
class AppendixEditorTest {

    private static AppendixForm shown() {
        AppendixForm.Item plan = new AppendixForm.Item();
        plan.setKind(AppendixKind.PLAN);
        plan.setNumber("1");
        plan.setStamp("Приложение № 1");
        plan.setTitle("План апробации");
        plan.setCaptions(List.of("№ п/п", "Этап апробации", "Мероприятие", "Срок исполнения", "Результат", "Ответственные исполнители"));
        plan.setColumnNumbers(List.of("1", "2", "3", "4", "5", "6"));
        AppendixForm.Item composition = new AppendixForm.Item();
        composition.setKind(AppendixKind.COMPOSITION);
        composition.setNumber("2");
        composition.setTitle("Состав рабочей группы");
        AppendixForm.RoleItem head = new AppendixForm.RoleItem();
        head.setRole(GroupRole.HEAD);
        head.setTitle("руководитель рабочей группы");
        AppendixForm f = new AppendixForm();
        f.setVersion(3L);
        f.setAppendices(List.of(plan, composition));
        f.setRoleNames(List.of(head));
        f.setRolesInHeadings(true);
        f.setInfoParts(List.of());
        return f;
    }

    @Test
    void captionsAreEditedOneALineAndTheNumberingRowWithBarsAndGoBackAsCells() {
        AppendixEditor editor = new AppendixEditor(shown(), true);
        AppendixEditor.Row plan = editor.getRows().get(0);
        assertEquals("№ п/п\nЭтап апробации\nМероприятие\nСрок исполнения\nРезультат\nОтветственные исполнители", plan.getCaptions());
        assertEquals("1 | 2 | 3 | 4 | 5 | 6", plan.getColumnNumbers());
        plan.setCaptions("№\r\nЭтап апробации, мероприятие\r\n\r\nСрок\r\nРезультат\r\nИсполнители\r\n");
        plan.setColumnNumbers("1|2| 3 |4|5");
        plan.getItem().setStamp(null);
        AppendixForm.Item sent = editor.toForm(3).getAppendices().get(0);
        assertEquals(List.of("№", "Этап апробации, мероприятие", "Срок", "Результат", "Исполнители"), sent.getCaptions());
        assertEquals(List.of("1", "2", "3", "4", "5"), sent.getColumnNumbers());
        assertEquals("", sent.getStamp(), "an emptied stamp prints none");
        plan.setColumnNumbers(null);
        assertEquals(List.of(), editor.toForm(3).getAppendices().get(0).getColumnNumbers());
    }

    @Test
    void appendicesAreAddedNumberedNextUnderTheUsualStampMovedAndRemoved() {
        AppendixEditor editor = new AppendixEditor(shown(), true);
        Decision luga = new Decision(null, "Администрация Лужского муниципального района", "Постановление", "Об организации");
        luga.setNumber("417");
        luga.setDate(LocalDate.of(2023, 2, 13));
        editor.add(AppendixKind.INDICATORS, luga);
        AppendixEditor.Row indicators = editor.getRows().get(2);
        assertEquals("3", indicators.getItem().getNumber());
        assertEquals("Приложение № 3\nк постановлению администрации Лужского муниципального района\nот 13.02.2023 № 417", indicators.getItem().getStamp());
        assertEquals(1, indicators.getItem().getIndicatorTable());
        editor.move(indicators, -1);
        editor.move(editor.getRows().get(0), -1);
        assertEquals(List.of(AppendixKind.PLAN, AppendixKind.INDICATORS, AppendixKind.COMPOSITION),
                editor.toForm(3).getAppendices().stream().map(AppendixForm.Item::getKind).toList());
        editor.remove(editor.getRows().get(0));
        editor.addPart();
        editor.addPart();
        AppendixForm f = editor.toForm(3);
        assertEquals(List.of(AppendixKind.INDICATORS, AppendixKind.COMPOSITION), f.getAppendices().stream().map(AppendixForm.Item::getKind).toList());
        assertEquals(List.of("1.", "2."), f.getInfoParts().stream().map(AppendixForm.PartItem::getNumber).toList());
        assertEquals(3L, f.getVersion());
    }

    @Test
    void roleNamesAreSentOnlyForADecisionWithAWorkingGroup() {
        AppendixEditor editor = new AppendixEditor(shown(), true);
        editor.getRoles().get(0).setTitle("председатель рабочей группы");
        editor.setRolesInHeadings(false);
        AppendixForm f = editor.toForm(3);
        assertEquals("председатель рабочей группы", f.getRoleNames().get(0).getTitle());
        assertEquals(false, f.getRolesInHeadings());
        AppendixForm without = new AppendixEditor(shown(), false).toForm(3);
        assertNull(without.getRoleNames(), "no group: its role names are left as they are");
        assertNull(without.getRolesInHeadings());
    }
}
