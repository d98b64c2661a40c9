package ru.socorder.service.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.socorder.model.decision.Decision;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.WorkingGroup;

/** The usual stamp of an appendix as the seeds' acts write it, and the usual names of the roles. */
class AppendixDefaultsTest {

    private static Decision decision(String issuer, String actType, String number, LocalDate date) {
        Decision d = new Decision(null, issuer, actType, "Об организации оказания услуг");
        d.setNumber(number);
        d.setDate(date);
        return d;
    }

    @Test
    void theStampNamesTheActOfItsIssuerWithDateAndNumber() {
        assertEquals("Приложение № 3\nк постановлению Правительства Калужской области\nот 25.09.2023 № 677",
                AppendixDefaults.stamp(decision("Правительство Калужской области", "Постановление", "677", LocalDate.of(2023, 9, 25)), "3"));
        assertEquals("Приложение № 1\nк постановлению администрации города Пятигорска\nот 30.08.2023 № 3230",
                AppendixDefaults.stamp(decision("Администрация города Пятигорска", "Постановление", "3230", LocalDate.of(2023, 8, 30)), "1"));
        assertEquals("Приложение\nк распоряжению администрации города\nот 01.03.2024 № 5-р",
                AppendixDefaults.stamp(decision("Администрация города", "Распоряжение", "5-р", LocalDate.of(2024, 3, 1)), null),
                "an unnumbered appendix");
    }

    @Test
    void aDraftLeavesBlanksForItsDateAndNumberAndAnUnknownIssuerIsLeftOut() {
        assertEquals("Приложение № 2\nк постановлению администрации города Сосновоборска\nот ____________ № ______",
                AppendixDefaults.stamp(decision("Администрация города Сосновоборска", "Постановление", null, null), "2"));
        assertEquals("Приложение № 1\nк акту\nот 01.02.2024 № 7",
                AppendixDefaults.stamp(decision("Совет депутатов", "Положение", "7", LocalDate.of(2024, 2, 1)), "1"));
    }

    @Test
    void aRoleHasTheNameTheActGivesItOrItsUsualName() {
        WorkingGroup g = new WorkingGroup(null, "Рабочая группа");
        g.setRoleName(GroupRole.HEAD, " председатель рабочей группы ");
        assertEquals("председатель рабочей группы", AppendixDefaults.roleName(g, GroupRole.HEAD));
        assertEquals("заместитель руководителя рабочей группы", AppendixDefaults.roleName(g, GroupRole.DEPUTY));
        g.setRoleName(GroupRole.HEAD, " ");
        assertEquals("руководитель рабочей группы", AppendixDefaults.roleName(g, GroupRole.HEAD), "a blank name gives the usual one back");
        assertEquals("секретарь рабочей группы", AppendixDefaults.roleName(null, GroupRole.SECRETARY));
    }
}
