package ru.socorder.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.socorder.model.catalog.SocialService;

class AgreementTest {
    @Test
    void theAmountIsVolumeTimesPriceRoundedHalfUpOnceToKopecks() {
        assertEquals(new BigDecimal("1234.57"), AgreementLine.amountOf(new BigDecimal("10.00"), new BigDecimal("123.456789")));
        // 0.5 kopeck rounds up; rounding the price first would give 0.00
        assertEquals(new BigDecimal("0.01"), AgreementLine.amountOf(new BigDecimal("1.00"), new BigDecimal("0.005000")));
        assertEquals(new BigDecimal("0.00"), AgreementLine.amountOf(new BigDecimal("0.00"), new BigDecimal("150.000000")));
        assertEquals(new BigDecimal("57407.20"), AgreementLine.amountOf(new BigDecimal("333.33"), new BigDecimal("172.223333")));
    }

    @Test
    void linesAreUpdatedInPlacePerServiceAndYearAndTotalled() throws Exception {
        SocialService service = service(7L);
        Agreement a = draft(service);
        a.putLine(service, 2027, new BigDecimal("100"), new BigDecimal("150.5"));
        AgreementLine line = a.putLine(service, 2027, new BigDecimal("120.005"), new BigDecimal("150.5"));
        assertEquals(1, a.getLines().size());
        assertEquals(new BigDecimal("120.01"), line.getVolume());
        assertEquals(new BigDecimal("150.500000"), line.getPricePerUnit());
        assertEquals(new BigDecimal("18061.51"), line.getAmount());
        a.putLine(service, 2028, new BigDecimal("10"), new BigDecimal("200"));
        assertEquals(new BigDecimal("20061.51"), a.getTotalAmount());
        assertEquals(new BigDecimal("120.01"), a.volumeOf(7L, 2027));
        assertEquals(BigDecimal.ZERO, a.volumeOf(8L, 2027));
        assertEquals("lines[2]", a.getLines().get(1).columnPath());
        assertThrows(IllegalArgumentException.class, () -> a.putLine(service, 2027, new BigDecimal("-1"), BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> a.putLine(service, 2027, BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void anAmendmentCopiesTermsAndLinesAndOnlyADraftChanges() throws Exception {
        SocialService service = service(7L);
        Agreement a = draft(service);
        a.putLine(service, 2027, new BigDecimal("100"), new BigDecimal("150"));
        a.moveTo(AgreementStatus.SIGNED, LocalDate.of(2027, 1, 20));
        a.moveTo(AgreementStatus.IN_EXECUTION, null);
        assertThrows(IllegalStateException.class, () -> a.putLine(service, 2027, BigDecimal.ONE, BigDecimal.ONE));
        Agreement b = a.amend("увеличение объёма", Instant.now(), "clerk");
        assertEquals(2, b.getVersionNumber());
        assertEquals(a.getNumber(), b.getNumber());
        assertEquals(AgreementStatus.DRAFT, b.getStatus());
        assertEquals(new BigDecimal("15000.00"), b.getTotalAmount());
        assertEquals(new BigDecimal("80.00"), b.getAdvanceShare());
        assertNull(b.getConcludedOn());
        b.putLine(service, 2027, new BigDecimal("120"), new BigDecimal("150"));
        assertEquals(new BigDecimal("100.00"), a.volumeOf(7L, 2027), "the amended version keeps its lines");
        assertThrows(IllegalArgumentException.class, () -> a.amend(" ", Instant.now(), "clerk"));
    }

    @Test
    void reimbursementHasNoAdvanceShare() throws Exception {
        Agreement a = draft(service(1L));
        a.edit(null, null, new Agreement.Terms(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), PaymentMode.REIMBURSEMENT,
                new BigDecimal("80"), null, null));
        assertNull(a.getAdvanceShare());
    }

    static Agreement draft(SocialService service) {
        return new Agreement(AgreementKind.CERTIFICATE_FINANCING, "2027/1", null, null, null, "запись реестра № 1", service, 2027,
                new Agreement.Terms(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), PaymentMode.ADVANCE, new BigDecimal("80"),
                        "ежемесячно", null), Instant.now(), "clerk");
    }

    static SocialService service(long id) throws Exception {
        var c = SocialService.class.getDeclaredConstructor();
        c.setAccessible(true);
        SocialService s = c.newInstance();
        Field f = SocialService.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(s, id);
        return s;
    }
}
