package ru.socorder.service.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Serializable;
import org.junit.jupiter.api.Test;
import ru.socorder.service.catalog.ServiceDraft;

class PayloadsTest {
    @Test
    void aDraftComesBackAsItWasStored() {
        ServiceDraft d = new ServiceDraft();
        d.setRegistryNumber("804200О.99.0.ББ52АЕ04000");
        d.setName("Реализация дополнительных общеразвивающих программ");
        d.setNormativeCost(new java.math.BigDecimal("1234.567890"));
        d.getIndicators().add(new ServiceDraft.IndicatorDraft("VOLUME", "Количество человеко-часов", "539"));
        ServiceDraft back = (ServiceDraft) Payloads.read(Payloads.write(d));
        assertEquals(d.getRegistryNumber(), back.getRegistryNumber());
        assertEquals(d.getNormativeCost(), back.getNormativeCost());
        assertEquals("539", back.getIndicators().get(0).getUnitCode());
    }

    /** Holds a class from outside the application and java.lang/util/math/time. */
    static final class Foreign implements Serializable {
        private static final long serialVersionUID = 1L;
        final javax.swing.text.SimpleAttributeSet outside = new javax.swing.text.SimpleAttributeSet();
    }

    @Test
    void classesFromElsewhereAreNotReadBack() {
        byte[] foreign = Payloads.write(new Foreign());
        assertThrows(IllegalStateException.class, () -> Payloads.read(foreign));
    }
}
