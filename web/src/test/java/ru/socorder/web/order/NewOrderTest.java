package ru.socorder.web.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The «Новый заказ» dialog: the standard title follows the year until the clerk writes an own one. */
class NewOrderTest {

    @Test
    void theStandardTitleFollowsTheYear() {
        NewOrder n = NewOrder.forYear(2027, "04");
        assertEquals("Муниципальный социальный заказ на оказание муниципальных услуг в социальной сфере на 2027 год и на "
                + "плановый период 2028–2029 годов", n.getTitle());
        n.setYear(2031);
        n.yearChanged();
        assertEquals(NewOrder.standardTitle(2031), n.getTitle());
        assertEquals("04", n.getDirection());
    }

    @Test
    void anOwnTitleStaysWhateverYearIsTyped() {
        NewOrder n = NewOrder.forYear(2027, null);
        n.setTitle("Социальный заказ Лужского района");
        n.titleChanged();
        n.setYear(2030);
        n.yearChanged();
        assertEquals("Социальный заказ Лужского района", n.getTitle());
    }

    @Test
    void aTitleClearedOrTypedBackToTheStandardOneFollowsTheYearAgain() {
        NewOrder n = NewOrder.forYear(2027, null);
        n.setTitle(" ");
        n.titleChanged();
        n.setYear(2028);
        n.yearChanged();
        assertEquals(NewOrder.standardTitle(2028), n.getTitle());

        n.setTitle("Свой заголовок");
        n.titleChanged();
        n.setTitle(NewOrder.standardTitle(2028));
        n.titleChanged();
        n.setYear(2029);
        n.yearChanged();
        assertEquals(NewOrder.standardTitle(2029), n.getTitle());
    }
}
