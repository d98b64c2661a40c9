package ru.socorder.service.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.decision.Appendix;
import ru.socorder.model.decision.AppendixKind;
import ru.socorder.model.decision.Decision;
import ru.socorder.model.decision.EfficiencyGoal;
import ru.socorder.model.decision.ElectronicDocument;
import ru.socorder.model.decision.GroupMember;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.InfoPartKind;
import ru.socorder.model.decision.PlanStage;
import ru.socorder.model.decision.WorkingGroup;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.ValidationFailed;

/** The appendices a clerk enters, checked as the printer lays them out (the Luga resolution № 417 as the example). */
class AppendixRulesTest {

    /** A Luga decision with a plan, two indicator tables, a working group with a head and electronic documents. */
    private static DecisionView luga(boolean withGroup) {
        Decision d = new Decision(null, "Администрация Лужского муниципального района Ленинградской области", "Постановление",
                "Об организации оказания муниципальных услуг");
        d.setNumber("417");
        d.setDate(LocalDate.of(2023, 2, 13));
        d.setPortalText("Информация размещается на едином портале бюджетной системы.");
        EfficiencyGoal first = new EfficiencyGoal(d, "1", "Повышение доступности услуг", 0);
        EfficiencyGoal second = new EfficiencyGoal(d, "2", "Повышение качества услуг", 1);
        second.setIndicatorTable(2);
        WorkingGroup g = null;
        if (withGroup) {
            g = new WorkingGroup(d, "Рабочая группа по организации оказания муниципальных услуг");
            g.getMembers().add(new GroupMember(g, "Иванов Иван Иванович", "глава администрации", GroupRole.HEAD, 0));
        }
        return new DecisionView(d, List.of(), List.of(new PlanStage(d, "1.", "Нормативное правовое обеспечение", 0)),
                List.of(first, second), List.of(new ElectronicDocument(d, 1, "муниципальный социальный заказ", null)), g);
    }

    private static AppendixForm.Item item(AppendixKind kind, String number, String title) {
        AppendixForm.Item i = new AppendixForm.Item();
        i.setKind(kind);
        i.setNumber(number);
        i.setTitle(title);
        return i;
    }

    private static AppendixForm form(AppendixForm.Item... items) {
        AppendixForm f = new AppendixForm();
        f.setVersion(1L);
        f.setAppendices(new ArrayList<>(List.of(items)));
        return f;
    }

    private static List<String> fields(Runnable check) {
        return assertThrows(ValidationFailed.class, check::run).errors().stream().map(FieldError::field).toList();
    }

    @Test
    void theActsAppendicesAreStoredWithTheirNumbersStampsTitlesAndRows() {
        AppendixForm.Item plan = item(AppendixKind.PLAN, "4", " План\r\nапробации механизмов ");
        plan.setStamp("УТВЕРЖДЕН\r\nпостановлением администрации\r\nот 13.02.2023 № 417\r\n(приложение 4)");
        plan.setCaptions(List.of("№ п/п", "Этап апробации, наименование мероприятия", "Срок исполнения", "Результат", "Ответственные"));
        plan.setColumnNumbers(List.of("1", "2", "3", "4", "5"));
        plan.setSignaturePosition("Заместитель главы администрации");
        plan.setSignatureName("А.А. Малыгина");
        AppendixForm.Item indicators = item(AppendixKind.INDICATORS, "5", "ТАБЛИЦА показателей");
        indicators.setIndicatorTable(2);
        indicators.setValuePattern("Значение: {value}, год: {year}");
        indicators.setStamp("   ");
        AppendixRules.Change c = AppendixRules.check(form(plan, indicators), luga(true));

        Appendix a = c.appendices().get(0);
        assertEquals("4", a.getNumber());
        assertEquals("УТВЕРЖДЕН\nпостановлением администрации\nот 13.02.2023 № 417\n(приложение 4)", a.getStamp(), "line breaks as typed");
        assertEquals("План\nапробации механизмов", a.getTitle());
        assertEquals("№ п/п|Этап апробации, наименование мероприятия|Срок исполнения|Результат|Ответственные", a.getCaptions());
        assertEquals("1|2|3|4|5", a.getColumnNumbers());
        assertEquals("Заместитель главы администрации\tА.А. Малыгина", a.getSignature());
        assertNull(a.getIndicatorTable());
        Appendix b = c.appendices().get(1);
        assertEquals(2, b.getIndicatorTable());
        assertEquals("", b.getStamp(), "a blank stamp prints none");
        assertEquals("Значение: {value}, год: {year}", b.getValuePattern());
        assertNull(c.infoParts(), "parts not given stay as saved");
        assertNull(c.roleNames());
    }

    @Test
    void everyAppendixNeedsWhatItHoldsAndATitleAndNumbersAndKindsAreNotRepeated() {
        AppendixForm f = form(item(null, "1", "Перечень"), item(AppendixKind.PLAN, "2", " "), item(AppendixKind.PLAN, "2", "План"),
                item(AppendixKind.INDICATORS, "3", "Показатели"), item(AppendixKind.INDICATORS, "4", "Показатели"));
        ValidationFailed e = assertThrows(ValidationFailed.class, () -> AppendixRules.check(f, luga(true)));
        assertEquals(List.of("appendices[0].kind", "appendices[1].title", "appendices[2].kind", "appendices[2].number",
                "appendices[4].indicatorTable"), e.errors().stream().map(FieldError::field).toList());
        assertEquals("Приложение 3: «план апробации» уже есть в приложении 2 — у решения одно такое приложение", e.errors().get(2).message());
        assertEquals("Приложение 3: номер «2» уже у приложения 2", e.errors().get(3).message());
        assertEquals("Приложение 5: таблица показателей 1 уже печатается в приложении 4", e.errors().get(4).message());
    }

    @Test
    void captionsAndTheNumberingRowFitTheTable() {
        AppendixForm.Item plan = item(AppendixKind.PLAN, "1", "План");
        plan.setCaptions(List.of("№", "Мероприятие", "Срок"));
        AppendixForm.Item services = item(AppendixKind.SERVICES, "2", "Перечень");
        services.setColumnNumbers(List.of("1", "2", "3", "4"));
        AppendixForm.Item regulations = item(AppendixKind.REGULATIONS, "3", "Положение");
        regulations.setCaptions(List.of("Раздел"));
        AppendixForm.Item indicators = item(AppendixKind.INDICATORS, "4", "Показатели");
        indicators.setCaptions(List.of("Цель", "Тип", "Показатель", "Базовая | величина", "", "Исполнитель"));
        indicators.setValuePattern("Значение: {value}");
        ValidationFailed e = assertThrows(ValidationFailed.class,
                () -> AppendixRules.check(form(plan, services, regulations, indicators), luga(true)));
        assertEquals(List.of("appendices[0].captions", "appendices[1].columnNumbers", "appendices[2].captions",
                "appendices[3].captions", "appendices[3].captions", "appendices[3].captions", "appendices[3].valuePattern"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals("Приложение 1: у плана 6 столбцов (или 5, когда этап и мероприятие в одном столбце), указано 3", e.errors().get(0).message());
        assertTrue(e.errors().get(1).message().contains("укажите подписи или уберите номера"), e.errors().get(1).message());
        assertEquals("Приложение 4: столбец 4: знак «|» не допускается", e.errors().get(3).message());
        assertEquals("Приложение 4: столбец 5: подпись пустая", e.errors().get(4).message());
    }

    @Test
    void textsLongerThanTheirColumnsAreNamedByTheirPlace() {
        AppendixForm.Item plan = item(AppendixKind.PLAN, "123456789012345678901", "П".repeat(2001));
        plan.setSignaturePosition("Д".repeat(1001));
        ValidationFailed e = assertThrows(ValidationFailed.class, () -> AppendixRules.check(form(plan), luga(true)));
        assertEquals(List.of("appendices[0].number", "appendices[0].title", "appendices[0].signaturePosition"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals("Приложение 1: Текст длиннее допустимого: не более 2000 символов (введено 2001)", e.errors().get(1).message());
    }

    @Test
    void partsOfTheInformationSupportNeedTextOneListOfEachKindAndAnAppendixToPrintIn() {
        AppendixForm f = form(item(AppendixKind.PLAN, "1", "План"));
        AppendixForm.PartItem documents = new AppendixForm.PartItem();
        documents.setKind(InfoPartKind.DOCUMENTS);
        documents.setText("Перечень документов:");
        AppendixForm.PartItem again = new AppendixForm.PartItem();
        again.setKind(InfoPartKind.DOCUMENTS);
        again.setText("Документы:");
        AppendixForm.PartItem empty = new AppendixForm.PartItem();
        empty.setKind(InfoPartKind.TEXT);
        f.setInfoParts(List.of(documents, again, empty));
        assertEquals(List.of("infoParts[1].kind", "infoParts[2].text", "infoParts"), fields(() -> AppendixRules.check(f, luga(true))));

        f.getAppendices().add(item(AppendixKind.INFO_SUPPORT, "2", "Порядок информационного обеспечения"));
        f.setInfoParts(List.of(documents));
        AppendixRules.Change c = AppendixRules.check(f, luga(true));
        assertEquals(InfoPartKind.DOCUMENTS, c.infoParts().get(0).getKind());
        assertEquals("Перечень документов:", c.infoParts().get(0).getText());
    }

    @Test
    void roleNamesAreKeptOnlyWhereTheyDifferFromTheUsualOnesAndOnlyForAGroup() {
        AppendixForm f = new AppendixForm();
        AppendixForm.RoleItem head = new AppendixForm.RoleItem();
        head.setRole(GroupRole.HEAD);
        head.setTitle(" председатель рабочей группы ");
        AppendixForm.RoleItem secretary = new AppendixForm.RoleItem();
        secretary.setRole(GroupRole.SECRETARY);
        secretary.setTitle("секретарь рабочей группы");
        f.setRoleNames(List.of(head, secretary));
        f.setRolesInHeadings(false);
        AppendixRules.Change c = AppendixRules.check(f, luga(true));
        assertEquals("председатель рабочей группы", c.roleNames().get(GroupRole.HEAD));
        assertTrue(c.roleNames().containsKey(GroupRole.SECRETARY));
        assertNull(c.roleNames().get(GroupRole.SECRETARY), "the usual name is not stored");
        assertEquals(false, c.rolesInHeadings());
        assertNull(c.appendices(), "appendices not given stay as saved");

        assertEquals(List.of("roleNames[0].title"), fields(() -> AppendixRules.check(f, luga(false))));
        head.setTitle("п".repeat(301));
        assertEquals(List.of("roleNames[0].title"), fields(() -> AppendixRules.check(f, luga(true))));
    }

    @Test
    void theUsualAppendicesAndPartsSentBackAreStoredAsNoneAndKeepFollowingTheDecision() {
        DecisionView v = luga(true);
        DecisionDocuments.Appendices shown = DecisionDocuments.shown(v);
        assertTrue(shown.standard() && shown.standardInfoParts());
        AppendixForm f = shown.form();
        assertEquals(List.of(AppendixKind.PLAN, AppendixKind.INDICATORS, AppendixKind.INDICATORS, AppendixKind.COMPOSITION,
                AppendixKind.INFO_SUPPORT), f.getAppendices().stream().map(AppendixForm.Item::getKind).toList());
        AppendixRules.Change same = AppendixRules.check(f, v);
        assertEquals(List.of(), same.appendices());
        assertEquals(List.of(), same.infoParts());

        f.getAppendices().get(0).setTitle("План апробации механизмов");
        AppendixRules.Change edited = AppendixRules.check(f, v);
        assertEquals(5, edited.appendices().size());
        assertEquals("План апробации механизмов", edited.appendices().get(0).getTitle());
        assertEquals("Приложение № 1\nк постановлению администрации Лужского муниципального района Ленинградской области\nот 13.02.2023 № 417",
                edited.appendices().get(0).getStamp());
        assertEquals(List.of(), edited.infoParts(), "the parts were not changed");
    }
}
