package ru.socorder.service.order;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.socorder.model.catalog.IndicatorKind;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.model.catalog.ServiceIndicator;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.identifier.IdentifierCheck;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.OrderLineYear;
import ru.socorder.model.order.OrderQuality;
import ru.socorder.model.order.PlanningPeriod;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.ValidationFailed;

/**
 * Saves the lines of a draft as entered (API body, screen). Every line is checked first — the service (in the
 * territory of the authority, one line per service), its years (in the order's periods, each once, the split rule),
 * its quality indicators, the year executors are determined, the unit against the service's volume indicator — and
 * all problems are reported together; nothing changes when any is found. Then the order's lines become what was
 * entered, in place: the saved line of the same service keeps its row (id) and takes the entered data, position,
 * volumes and quality; lines not entered any more are removed; new services are added.
 */
final class OrderLineWriter {
    private final EntityManager em;

    OrderLineWriter(EntityManager em) {
        this.em = em;
    }

    /** A checked line: what its row will hold. */
    private record Entered(SocialService service, int position, OrderForm.Line form, MeasurementUnit unit,
                           List<OrderLineYear> years, List<OrderQuality> quality) {
    }

    /** Checks the entered lines and, when all are valid, makes them the order's lines (see the class comment). */
    void write(SocialOrder o, List<OrderForm.Line> lines) {
        apply(o, check(o, lines));
    }

    private List<Entered> check(SocialOrder o, List<OrderForm.Line> lines) {
        PlanningPeriod period = o.getPeriod();
        List<FieldError> errors = new ArrayList<>();
        List<Entered> entered = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderForm.Line l = lines.get(i);
            SocialService service = service(l, o, i, errors);
            String label = "Строка " + (i + 1) + (service == null ? "" : " (" + service.getRegistryNumber().formatted() + ")");
            if (service != null) {
                Integer first = seen.putIfAbsent(service.getId(), i);
                if (first != null) {
                    errors.add(new FieldError("lines[" + i + "].serviceId", label + ": услуга уже есть в строке " + (first + 1)
                            + " — объёмы услуги указываются в одной строке"));
                    service = null;
                }
            }
            List<OrderLineYear> years = new ArrayList<>();
            Set<Integer> yearsSeen = new HashSet<>();
            for (OrderForm.Year y : l.years) {
                if (!yearsSeen.add(y.year)) {
                    errors.add(new FieldError("lines[" + i + "].years[" + y.year + "]", label + ": год " + y.year
                            + " указан дважды — объём года указывается один раз"));
                    continue;
                }
                if (!period.isPeriod(y.year)) {
                    errors.add(new FieldError("lines[" + i + "].years[" + y.year + "]", label + ": год " + y.year
                            + " вне периода заказа " + o.getFiscalYear() + "–" + (o.getFiscalYear() + 2)));
                    continue;
                }
                VolumeSplit split = new VolumeSplit(y.volumes());
                errors.addAll(split.check("lines[" + i + "].years[" + y.year + "]", label, y.year));
                years.add(new OrderLineYear(y.year, split.volumes()));
            }
            List<OrderQuality> quality = new ArrayList<>();
            for (int q = 0; q < l.quality.size(); q++) {
                OrderForm.Quality fq = l.quality.get(q);
                String field = "lines[" + i + "].quality[" + q + "]";
                if (!period.isPeriod(fq.year)) {
                    errors.add(new FieldError(field + ".year", label + ": год " + fq.year + " вне периода заказа"));
                    continue;
                }
                MeasurementUnit unit = fq.unitCode == null || fq.unitCode.isBlank() ? null : unit(fq.unitCode, field + ".unitCode", label, errors);
                QualityRule rule = new QualityRule(fq.indicator, fq.value, fq.deviation, fq.deviationInPercent);
                List<FieldError> problems = rule.check(field, label, fq.year, unit == null ? null : unit.getCode());
                errors.addAll(problems);
                if (problems.isEmpty()) {
                    quality.add(new OrderQuality(fq.year, fq.indicator.strip(), unit, fq.value, fq.deviation, fq.deviationInPercent));
                }
            }
            if (service != null) {
                if (l.determinationYear != null && (l.determinationYear < o.getFiscalYear() - 10 || l.determinationYear > o.getFiscalYear() + 3)) {
                    errors.add(new FieldError("lines[" + i + "].determinationYear", label + ": год определения исполнителей "
                            + l.determinationYear + " не подходит к заказу на " + o.getFiscalYear() + " год"));
                }
                MeasurementUnit unit = null;
                if (l.unitCode != null && !l.unitCode.isBlank()) {
                    unit = unit(l.unitCode, "lines[" + i + "].unitCode", label, errors);
                    List<MeasurementUnit> allowed = service.getIndicators().stream()
                            .filter(ind -> ind.getKind() == IndicatorKind.VOLUME && ind.getUnit() != null).map(ServiceIndicator::getUnit).toList();
                    MeasurementUnit u = unit;
                    if (u != null && !allowed.isEmpty() && allowed.stream().noneMatch(a -> a.getId().equals(u.getId()))) {
                        errors.add(new FieldError("lines[" + i + "].unitCode", label + ": единица «" + u.getName()
                                + "» не соответствует показателю объёма услуги (" + allowed.stream().map(MeasurementUnit::getName)
                                .distinct().reduce((a, b) -> a + ", " + b).orElse("") + ")"));
                    }
                }
                entered.add(new Entered(service, i, l, unit, years, quality));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return entered;
    }

    /** The checked lines become the order's lines; a service's saved line keeps its row. */
    private static void apply(SocialOrder o, List<Entered> entered) {
        Map<Long, OrderLine> saved = new LinkedHashMap<>();
        o.getLines().forEach(l -> saved.put(l.getService().getId(), l));
        for (Entered e : entered) {
            OrderLine line = saved.remove(e.service().getId());
            if (line == null) {
                line = new OrderLine(o, e.position(), e.service());
                o.getLines().add(line);
            } else {
                line.setPosition(e.position());
            }
            OrderForm.Line l = e.form();
            line.setDeterminationYear(l.determinationYear);
            line.setPlace(l.place);
            line.setVolumeIndicator(l.volumeIndicator);
            line.setStandardAct(l.standardAct == null || l.standardAct.isBlank() ? null : l.standardAct.strip());
            line.setUnit(e.unit());
            line.getYears().clear();
            line.getYears().addAll(e.years());
            line.getQuality().clear();
            line.getQuality().addAll(e.quality());
        }
        o.getLines().removeAll(saved.values());
        o.getLines().sort(Comparator.comparingInt(OrderLine::getPosition));
    }

    private MeasurementUnit unit(String code, String field, String label, List<FieldError> errors) {
        MeasurementUnit unit = em.createQuery("select u from MeasurementUnit u where u.code = :c", MeasurementUnit.class)
                .setParameter("c", code.strip()).getResultStream().findFirst().orElse(null);
        if (unit == null) {
            errors.add(new FieldError(field, label + ": единица ОКЕИ " + code + " не найдена"));
        }
        return unit;
    }

    private SocialService service(OrderForm.Line l, SocialOrder o, int i, List<FieldError> errors) {
        if (l.serviceId != null) {
            SocialService s = em.find(SocialService.class, l.serviceId);
            if (s != null && s.getTerritory() != null && !s.getTerritory().getId().equals(o.getAuthority().getTerritory().getId())) {
                errors.add(new FieldError("lines[" + i + "].serviceId", "Строка " + (i + 1) + ": услуга "
                        + s.getRegistryNumber().formatted() + " — из справочника другой территории («" + s.getTerritory().getName()
                        + "»); в заказ включаются услуги территории «" + o.getAuthority().getTerritory().getName() + "»"));
                return null;
            }
            if (s != null) {
                return s;
            }
        } else if (l.registryNumber != null) {
            IdentifierCheck check = RegistryNumber.check(l.registryNumber);
            if (!check.valid()) {
                errors.add(new FieldError("lines[" + i + "].registryNumber", "Строка " + (i + 1) + ": " + check.message()));
                return null;
            }
            SocialService s = em.createQuery("select s from SocialService s where s.registryNumber = :n and s.territory = :t",
                    SocialService.class).setParameter("n", RegistryNumber.of(check.canonical()))
                    .setParameter("t", o.getAuthority().getTerritory()).getResultStream().findFirst().orElse(null);
            if (s != null) {
                return s;
            }
        }
        errors.add(new FieldError("lines[" + i + "].serviceId", "Строка " + (i + 1) + ": услуга не найдена в справочнике территории"));
        return null;
    }
}
