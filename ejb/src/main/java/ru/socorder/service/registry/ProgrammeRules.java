package ru.socorder.service.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.service.common.FieldError;

/**
 * What a programme and a group must hold before they are stored: name, направленность, ages in completed years
 * (0..99, from ≤ to), duration in months, hours (positive, two decimals), capacity; a group's name, dates (end not
 * before start) and capacity. Plain class: the boundary, the API and the screens get the same field errors.
 */
public final class ProgrammeRules {
    private ProgrammeRules() {
    }

    public static List<FieldError> programme(ProgrammeDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.getName() == null || d.getName().isBlank()) {
            errors.add(new FieldError("name", "Укажите название программы"));
        }
        if (d.getServiceId() == null) {
            errors.add(new FieldError("serviceId", "Укажите услугу, в рамках которой реализуется программа"));
        }
        if (d.getOrientation() == null) {
            errors.add(new FieldError("orientation", "Укажите направленность программы"));
        }
        if (d.getAgeFrom() == null || d.getAgeFrom() < 0 || d.getAgeFrom() > 99) {
            errors.add(new FieldError("ageFrom", "Укажите возраст «от» — полных лет, от 0 до 99"));
        }
        if (d.getAgeTo() == null || d.getAgeTo() < 0 || d.getAgeTo() > 99) {
            errors.add(new FieldError("ageTo", "Укажите возраст «до» — полных лет, от 0 до 99"));
        } else if (d.getAgeFrom() != null && d.getAgeTo() < d.getAgeFrom()) {
            errors.add(new FieldError("ageTo", "Возраст «до» меньше возраста «от»"));
        }
        if (d.getDurationMonths() == null || d.getDurationMonths() < 1 || d.getDurationMonths() > 120) {
            errors.add(new FieldError("durationMonths", "Укажите продолжительность программы в месяцах (от 1 до 120)"));
        }
        if (d.getHours() == null || d.getHours().signum() <= 0 || d.getHours().stripTrailingZeros().scale() > 2
                || d.getHours().compareTo(new BigDecimal("99999999")) > 0) {
            errors.add(new FieldError("hours", "Укажите объём программы в часах — положительное число, не более двух знаков после запятой"));
        }
        if (d.getCapacity() == null || d.getCapacity() < 1) {
            errors.add(new FieldError("capacity", "Укажите, сколько детей программа принимает одновременно"));
        }
        for (int i = 0; i < d.getAddresses().size(); i++) {
            if (d.getAddresses().get(i) == null || d.getAddresses().get(i).isBlank()) {
                errors.add(new FieldError("addresses[" + i + "]", "Пустой адрес: укажите адрес или удалите строку"));
            }
        }
        return errors;
    }

    public static List<FieldError> group(GroupForm g, int taken) {
        List<FieldError> errors = new ArrayList<>();
        if (g.getName() == null || g.getName().isBlank()) {
            errors.add(new FieldError("name", "Укажите название группы"));
        }
        if (g.getStartsOn() == null) {
            errors.add(new FieldError("startsOn", "Укажите дату начала занятий"));
        }
        if (g.getEndsOn() == null) {
            errors.add(new FieldError("endsOn", "Укажите дату окончания занятий"));
        } else if (g.getStartsOn() != null && g.getEndsOn().isBefore(g.getStartsOn())) {
            errors.add(new FieldError("endsOn", "Дата окончания раньше даты начала"));
        }
        if (g.getCapacity() == null || g.getCapacity() < 1) {
            errors.add(new FieldError("capacity", "Укажите число мест в группе"));
        } else if (g.getCapacity() < taken) {
            errors.add(new FieldError("capacity", "Мест не может быть меньше, чем уже занято: " + taken));
        }
        return errors;
    }
}
