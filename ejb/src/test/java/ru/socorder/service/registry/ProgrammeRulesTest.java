package ru.socorder.service.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.registry.Orientation;
import ru.socorder.service.common.FieldError;

class ProgrammeRulesTest {
    private static ProgrammeDraft draft() {
        ProgrammeDraft d = new ProgrammeDraft();
        d.setName("Робототехника");
        d.setServiceId(1L);
        d.setOrientation(Orientation.TECHNICAL);
        d.setAgeFrom(7);
        d.setAgeTo(17);
        d.setDurationMonths(9);
        d.setHours(new BigDecimal("72"));
        d.setCapacity(30);
        return d;
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteProgrammePasses() {
        assertTrue(ProgrammeRules.programme(draft()).isEmpty());
    }

    @Test
    void eachMissingOrImpossibleValueNamesItsField() {
        ProgrammeDraft d = new ProgrammeDraft();
        d.setAddresses(List.of(" "));
        assertEquals(List.of("name", "serviceId", "orientation", "ageFrom", "ageTo", "durationMonths", "hours", "capacity", "addresses[0]"),
                fields(ProgrammeRules.programme(d)));
        ProgrammeDraft ages = draft();
        ages.setAgeFrom(12);
        ages.setAgeTo(7);
        assertEquals(List.of("ageTo"), fields(ProgrammeRules.programme(ages)));
        ProgrammeDraft hours = draft();
        hours.setHours(new BigDecimal("72.125"));
        assertEquals(List.of("hours"), fields(ProgrammeRules.programme(hours)), "hours keep two decimals");
        hours.setHours(new BigDecimal("72.50"));
        assertTrue(ProgrammeRules.programme(hours).isEmpty());
    }

    @Test
    void aGroupHasDatesInOrderAndNoFewerPlacesThanTaken() {
        GroupForm g = new GroupForm();
        g.setName("Группа 1");
        g.setStartsOn(LocalDate.of(2024, 9, 1));
        g.setEndsOn(LocalDate.of(2024, 8, 31));
        g.setCapacity(10);
        assertEquals(List.of("endsOn"), fields(ProgrammeRules.group(g, 0)));
        g.setEndsOn(LocalDate.of(2025, 5, 31));
        assertTrue(ProgrammeRules.group(g, 10).isEmpty());
        assertEquals(List.of("capacity"), fields(ProgrammeRules.group(g, 11)));
        assertEquals(List.of("name", "startsOn", "endsOn", "capacity"), fields(ProgrammeRules.group(new GroupForm(), 0)));
    }
}
