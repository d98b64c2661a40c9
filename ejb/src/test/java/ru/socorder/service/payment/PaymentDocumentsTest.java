package ru.socorder.service.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.socorder.model.payment.InvoiceKind;

class PaymentDocumentsTest {

    @Test
    void purposeNamesTheAgreementTheMonthAndWhatIsPaid() {
        assertEquals("Субсидия по соглашению № 12-С от 15.01.2027 за март 2027 г., аванс. Без налога (НДС)",
                PaymentPurpose.of("12-С", LocalDate.of(2027, 1, 15), YearMonth.of(2027, 3), InvoiceKind.ADVANCE));
        String long1 = PaymentPurpose.of("1".repeat(300), null, YearMonth.of(2027, 3), InvoiceKind.SETTLEMENT);
        assertEquals(210, long1.length());
    }

    @Test
    void treasuryFileIsUtf8SemicolonsWithQuotedFieldsOnlyWhereNeeded() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TreasuryFile file = new TreasuryFile(bytes);
        file.write(new TreasuryFile.Order(1, LocalDate.of(2027, 4, 2), new BigDecimal("1234.5"), "ООО \"Радуга; центр\"",
                "4703000010", "470301001", "40702810900000000001", "044030653", "Северо-Западный банк", "30101810500000000653",
                null, "Субсидия по соглашению № 1", "12-С", "03.2027", "SETTLEMENT"));
        file.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertEquals(2, lines.length);
        assertEquals(String.join(";", TreasuryFile.COLUMNS), lines[0]);
        assertEquals("1;02.04.2027;1234.50;\"ООО \"\"Радуга; центр\"\"\";4703000010;470301001;40702810900000000001;044030653;"
                + "Северо-Западный банк;30101810500000000653;;Субсидия по соглашению № 1;12-С;03.2027;SETTLEMENT", lines[1]);
        assertTrue(text.endsWith("\r\n"));
        assertEquals('Н', text.charAt(0), "no byte-order mark");
    }

    @Test
    void reconciliationListsEveryDifferenceAndNothingWhenAllAgree() {
        BigDecimal a = new BigDecimal("1356.41");
        Reconciliation.ContractFigures agree = new Reconciliation.ContractFigures(1, "2027-1", "41-27-0000001-5", "ООО", a, a, a, a);
        Reconciliation.InvoiceFigures invoice = new Reconciliation.InvoiceFigures(9, "12-С", "ООО", a, a, a, a);
        assertTrue(Reconciliation.of(List.of(agree), List.of(invoice), true).isEmpty());

        Reconciliation.ContractFigures changed = new Reconciliation.ContractFigures(2, "2027-2", "41-27-0000002-3", "ООО", a,
                new BigDecimal("1500.00"), a, a);
        List<Reconciliation.Difference> d = Reconciliation.of(List.of(agree, changed), List.of(invoice), true);
        assertEquals(2, d.size());
        assertEquals("Списано с сертификата не равно поданному исполнителем", d.get(0).what());
        assertEquals(new BigDecimal("1500.00"), d.get(0).expected());
        assertEquals("Подано исполнителем не равно строке акта", d.get(1).what());
        assertEquals("2027-2", d.get(1).contractNumber());

        Reconciliation.ContractFigures unpaid = new Reconciliation.ContractFigures(3, "2027-3", "x", "ООО", a, a, a, null);
        assertTrue(Reconciliation.of(List.of(unpaid), List.of(), false).isEmpty(), "nothing approved yet is not a difference");
        assertEquals(1, Reconciliation.of(List.of(unpaid), List.of(), true).size());
        assertEquals(1, Reconciliation.of(List.of(), List.of(new Reconciliation.InvoiceFigures(9, "12-С", "ООО", a, a, a, null)), false).size());
    }
}
