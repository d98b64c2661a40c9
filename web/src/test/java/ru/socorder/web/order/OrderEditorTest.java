package ru.socorder.web.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.IndicatorKind;
import ru.socorder.model.catalog.MeasurementUnit;
import ru.socorder.model.catalog.ServiceIndicator;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.catalog.Territory;
import ru.socorder.model.catalog.TerritoryLevel;
import ru.socorder.model.identifier.RegistryNumber;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.OrderLineYear;
import ru.socorder.model.order.OrderQuality;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.model.order.Volumes;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.order.OrderForm;
import ru.socorder.service.order.OrderTotals;

class OrderEditorTest {
    private static final char NBSP = '\u00A0';
    private final Territory luga = new Territory(TerritoryLevel.MUNICIPALITY, "Лужский муниципальный район", null, null);
    private final MeasurementUnit manHour = new MeasurementUnit("539", "Человеко-час", "чел.-ч");
    private final MeasurementUnit person = new MeasurementUnit("792", "Человек", "чел.");
    private final MeasurementUnit percent = new MeasurementUnit("744", "Процент", "%");
    private final SocialService technical = service(11L, "804200О.99.0.ББ52АЕ04000", "техническая", "169.55", manHour);
    private final SocialService arts = service(12L, "804200О.99.0.ББ52АЕ76000", "художественная", "100", manHour);
    private final SocialService camp = service(13L, "804200О.99.0.ББ52АЕ52000", null, null, person);
    private final Map<Long, SocialService> catalogue = new HashMap<>(Map.of(11L, technical, 12L, arts, 13L, camp));
    private final LongFunction<SocialService> services = catalogue::get;

    private SocialService service(long id, String number, String content, String cost, MeasurementUnit unit) {
        SocialService s = new SocialService(RegistryNumber.of(number), luga, "Реализация дополнительных общеразвивающих программ");
        s.setContent(content);
        s.setNormativeCost(cost == null ? null : new BigDecimal(cost));
        s.getIndicators().add(new ServiceIndicator(IndicatorKind.QUALITY, "Доля детей", percent));
        s.getIndicators().add(new ServiceIndicator(IndicatorKind.VOLUME, "Количество человеко-часов", unit));
        s.getIndicators().add(new ServiceIndicator(IndicatorKind.QUALITY, "Удовлетворённость", null));
        try {
            Field f = SocialService.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(s, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return s;
    }

    /** The Luga order of 2024: the technical line, 12 000 a year (9 000 budget, 3 000 certificates), with a quality indicator. */
    private SocialOrder order() {
        SocialOrder o = new SocialOrder(new AuthorisedBody("Администрация Лужского муниципального района", "Администрация", luga),
                null, 2024, "Муниципальный социальный заказ на 2024 год");
        o.setAsOfDate(LocalDate.of(2024, 1, 1));
        o.setBudgetName("Бюджет Лужского муниципального района");
        OrderLine l = new OrderLine(o, 0, technical);
        l.setDeterminationYear(2024);
        l.setPlace("Луга");
        l.setVolumeIndicator("Количество человеко-часов");
        l.setUnit(manHour);
        l.setStandardAct("Приказ № 629");
        for (int y = 2024; y <= 2026; y++) {
            l.getYears().add(new OrderLineYear(y, volumes("12000", "0", "9000", "0", "3000")));
            l.getQuality().add(new OrderQuality(y, "Доля детей", percent, new BigDecimal("85"), BigDecimal.TEN, true));
        }
        o.getLines().add(l);
        return o;
    }

    private static Volumes volumes(String total, String treasury, String budget, String competition, String certificates) {
        return Volumes.of(new BigDecimal(total), new BigDecimal(treasury), new BigDecimal(budget), new BigDecimal(competition),
                new BigDecimal(certificates));
    }

    @Test
    void readsTheVersionAndWritesBackWhatTheClerkSees() {
        OrderEditor ed = OrderEditor.of(order());
        assertEquals("Муниципальный социальный заказ на 2024 год", ed.getTitle());
        assertEquals(LocalDate.of(2024, 1, 1), ed.getAsOfDate());
        LineEdit line = ed.getLines().get(0);
        assertEquals("804200О.99.0.ББ52АЕ04000", line.getRegistryNumber());
        assertEquals("Реализация дополнительных общеразвивающих программ (техническая)", line.getService());
        assertEquals(List.of("Доля детей", "Удовлетворённость"), line.getQualityIndicators());
        assertEquals("Человеко-час", line.getUnitName());
        assertEquals(List.of("2024", "2025", "2026"), ed.getRows().stream().map(VolumeRow::getPeriod).toList());
        assertEquals(3, ed.getQualityRows().size());

        ed.setTitle(null);
        line.setPlace("Лужский район");
        ed.getRows().get(1).setCompetition(new BigDecimal("500"));
        ed.getQualityRows().get(2).setPercent(false);
        OrderForm f = ed.toForm();
        assertEquals("", f.title, "no title is an empty one, for the boundary to refuse");
        assertEquals("Бюджет Лужского муниципального района", f.budgetName);
        assertNull(f.beyondPlanUntil);
        OrderForm.Line fl = f.lines.get(0);
        assertEquals(11L, fl.serviceId);
        assertEquals("539", fl.unitCode);
        assertEquals("Лужский район", fl.place);
        assertEquals(2024, fl.determinationYear);
        assertEquals("Приказ № 629", fl.standardAct);
        assertEquals(List.of(2024, 2025, 2026), fl.years.stream().map(y -> y.year).toList());
        assertEquals(new BigDecimal("500"), fl.years.get(1).competition);
        assertEquals(new BigDecimal("9000"), fl.years.get(1).budgetAutonomous);
        assertEquals("744", fl.quality.get(0).unitCode);
        assertEquals(new BigDecimal("85"), fl.quality.get(0).value);
        assertTrue(fl.quality.get(0).deviationInPercent);
        assertFalse(fl.quality.get(2).deviationInPercent);
    }

    @Test
    void anAddedLineHasZeroVolumesInEveryPeriodAndTheServicesVolumeIndicator() {
        OrderEditor ed = OrderEditor.of(order());
        assertTrue(ed.serviceIds().contains(11L));
        assertFalse(ed.serviceIds().contains(13L));
        LineEdit added = ed.addLine(camp, "Лужский муниципальный район");
        assertTrue(ed.serviceIds().contains(13L));
        assertEquals(2024, added.getDeterminationYear(), "determined in the financial year");
        assertEquals("Лужский муниципальный район", added.getPlace());
        assertEquals("Количество человеко-часов", added.getVolumeIndicator());
        assertEquals("Человек", added.getUnitName());
        assertEquals("Реализация дополнительных общеразвивающих программ", added.getService(), "no content, no brackets");
        List<VolumeRow> own = ed.getRows().stream().filter(r -> r.getLine() == added).toList();
        assertEquals(List.of(2024, 2025, 2026), own.stream().map(VolumeRow::getYear).toList());
        assertTrue(own.stream().allMatch(r -> r.getTotal().signum() == 0 && !r.isMismatch()));
        OrderForm.Line fl = ed.toForm().lines.get(1);
        assertEquals(13L, fl.serviceId);
        assertEquals("792", fl.unitCode);

        ed.removeLine(ed.getLines().get(0));
        assertEquals(List.of(added), ed.getLines());
        assertTrue(ed.getRows().stream().allMatch(r -> r.getLine() == added), "the removed line's volumes go with it");
        assertTrue(ed.getQualityRows().isEmpty(), "and its quality indicators");
    }

    @Test
    void aQualityIndicatorIsAddedOncePerLineForEveryPeriodWithItsCatalogueUnit() {
        OrderEditor ed = OrderEditor.of(order());
        LineEdit line = ed.addLine(arts, "Луга");
        ed.addQuality(line, id -> fail("nothing chosen: the catalogue is not asked"));
        line.setNewQuality("Доля детей");
        ed.addQuality(line, services);
        assertNull(line.getNewQuality(), "the choice is cleared");
        List<QualityRow> own = ed.getQualityRows().stream().filter(q -> q.getLine() == line).toList();
        assertEquals(List.of(2024, 2025, 2026), own.stream().map(QualityRow::getYear).toList());
        assertTrue(own.stream().allMatch(q -> q.getValue() == null && BigDecimal.TEN.equals(q.getDeviation()) && q.isPercent()));
        assertEquals("744", ed.toForm().lines.get(1).quality.get(0).unitCode);
        line.setNewQuality("Доля детей");
        ed.addQuality(line, services);
        assertEquals(3, ed.getQualityRows().stream().filter(q -> q.getLine() == line).count(), "once per line");
        line.setNewQuality("Удовлетворённость");
        ed.addQuality(line, services);
        assertNull(ed.toForm().lines.get(1).quality.get(3).unitCode, "an indicator without a unit");
        ed.removeQuality(own.get(0));
        assertEquals(5, ed.getQualityRows().stream().filter(q -> q.getLine() == line).count());
    }

    @Test
    void thePeriodBeyondThePlanAddsAndDropsItsRows() {
        OrderEditor ed = OrderEditor.of(order());
        ed.setBeyondPlanUntil(2030);
        ed.beyondChanged();
        assertEquals(List.of("2024", "2025", "2026", "2027–2030 (за пределами планового периода)"),
                ed.getRows().stream().map(VolumeRow::getPeriod).toList());
        ed.getRows().get(3).setTotal(new BigDecimal("100"));
        ed.setBeyondPlanUntil(2031);
        ed.beyondChanged();
        assertEquals(new BigDecimal("100"), ed.getRows().get(3).getTotal(), "the volume beyond the plan is kept");
        assertEquals("2027–2031 (за пределами планового периода)", ed.getRows().get(3).getPeriod());
        LineEdit line = ed.getLines().get(0);
        line.setNewQuality("Удовлетворённость");
        ed.addQuality(line, services);
        assertEquals(4 + 3, ed.getQualityRows().size(), "a new indicator in the four periods");
        assertEquals(2031, ed.toForm().beyondPlanUntil);

        ed.setBeyondPlanUntil(2025);
        ed.beyondChanged();
        assertEquals("2027–2027 (за пределами планового периода)", ed.getRows().get(3).getPeriod(),
                "an end before the start shows as its first year until the save refuses it");

        ed.setBeyondPlanUntil(null);
        ed.beyondChanged();
        assertEquals(List.of(2024, 2025, 2026), ed.getRows().stream().map(VolumeRow::getYear).toList());
        assertTrue(ed.getQualityRows().stream().noneMatch(q -> q.getYear() == 2027));
    }

    @Test
    void totalsAddUpOnlyLinesOfOneUnit() {
        OrderEditor ed = OrderEditor.of(order());
        LineEdit arts = ed.addLine(this.arts, "Луга");
        ed.getRows().stream().filter(r -> r.getLine() == arts).forEach(r -> {
            r.setTotal(new BigDecimal("18000"));
            r.setCertificates(new BigDecimal("18000"));
        });
        OrderTotals.Period first = ed.getTotals().get(0);
        assertTrue(first.isAddedUp());
        assertEquals(new BigDecimal("30000"), first.volumes().total());
        assertEquals(new BigDecimal("21000"), first.volumes().get(Method.CERTIFICATES));
        assertEquals("539", first.unitCode());

        ed.addLine(camp, "Луга");
        assertFalse(ed.getTotals().get(0).isAddedUp(), "человеко-часы and человеки are not added");
        assertEquals(OrderTotals.MIXED_UNITS, ed.getTotals().get(0).note());
    }

    @Test
    void plannedMoneyIsCostTimesVolumeAndSaysWhenAServiceHasNoCost() {
        OrderEditor ed = OrderEditor.of(order());
        List<String[]> money = ed.money(id -> fail("the order's own services are not looked up again"));
        assertEquals(3, money.size());
        String[] first = money.get(0);
        assertEquals("2024", first[0]);
        assertEquals("0,00" + NBSP + "₽", first[1], "treasury");
        assertEquals("1" + NBSP + "525" + NBSP + "950,00" + NBSP + "₽", first[2], "9 000 × 169,55");
        assertEquals("0,00" + NBSP + "₽", first[3], "competition");
        assertEquals("508" + NBSP + "650,00" + NBSP + "₽", first[4], "3 000 × 169,55");
        assertEquals("2" + NBSP + "034" + NBSP + "600,00" + NBSP + "₽", first[5], "the sum of the methods");
        assertFalse(ed.moneyIncomplete(services));

        LineEdit added = ed.addLine(camp, "Луга");
        ed.getRows().stream().filter(r -> r.getLine() == added).forEach(r -> r.setTotal(new BigDecimal("5")));
        assertTrue(ed.moneyIncomplete(services), "the camp has no normative cost");
        assertEquals("2" + NBSP + "034" + NBSP + "600,00" + NBSP + "₽", ed.money(services).get(0)[5], "and is left out");
        catalogue.put(13L, technical);
        assertTrue(ed.moneyIncomplete(services), "a service's cost is read once");
    }

    @Test
    void messagesOfARefusedSaveStayOnTheirCellUntilItIsEdited() {
        OrderEditor ed = OrderEditor.of(order());
        VolumeRow row2025 = ed.getRows().get(1);
        QualityRow q2024 = ed.getQualityRows().get(0);
        assertEquals("", ed.rowError(row2025));
        assertEquals("", ed.cellClass(row2025));
        ed.refused(List.of(new FieldError("lines[0].years[2025].total", "Строка 1, 2025 год: общий объём не может быть отрицательным"),
                new FieldError("lines[0].years[2025].treasury", "ещё одно"),
                new FieldError("lines[0].place", "укажите место"),
                new FieldError("lines[0].quality[0].value", "укажите значение"),
                new FieldError("title", "укажите наименование")));
        assertEquals(Set.of("Строка 1, 2025 год: общий объём не может быть отрицательным", "ещё одно"),
                Set.of(ed.rowError(row2025).split("; ")), "both messages of the row's cells");
        assertEquals("app-cell-error", ed.cellClass(row2025));
        assertEquals("", ed.rowError(ed.getRows().get(0)), "other years are fine");
        assertEquals("укажите место", ed.lineError(ed.getLines().get(0)), "the line's own data, not its volumes or quality");
        assertEquals("укажите значение", ed.qualityError(q2024));
        assertEquals("", ed.qualityError(ed.getQualityRows().get(1)));

        ed.edited(row2025);
        assertEquals("", ed.rowError(row2025), "edited: the message no longer applies");
        assertEquals("укажите место", ed.lineError(ed.getLines().get(0)));

        row2025.setTreasury(new BigDecimal("1"));
        assertEquals("сумма по способам не равна «всего»", ed.rowError(row2025), "the split is checked as it is typed");
        assertEquals("app-cell-error", ed.cellClass(row2025));
        QualityRow q2026 = ed.getQualityRows().get(2);
        q2026.setValue(new BigDecimal("120"));
        assertEquals("доля в процентах не может быть больше 100 (указано 120)", ed.qualityError(q2026));
    }

    @Test
    void theEditorTravelsWithTheViewState() throws Exception {
        OrderEditor ed = OrderEditor.of(order());
        ed.addLine(camp, "Луга");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(ed);
        }
        OrderEditor copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (OrderEditor) in.readObject();
        }
        assertSame(copy.getLines().get(1), copy.getRows().get(3).getLine(), "rows still refer to their line");
        assertEquals(List.of(11L, 13L), copy.toForm().lines.stream().map(l -> l.serviceId).toList());
        assertEquals(new BigDecimal("12000"), copy.toForm().lines.get(0).years.get(2).total);
    }
}
