package ru.socorder.web.order;

import java.io.Serializable;

/**
 * The «Новый заказ» dialog: the financial year, the direction, the title and the budget the clerk starts an order with.
 * The title is the standard one for the year and follows the year as it is typed, until the clerk writes a title of
 * their own.
 */
public class NewOrder implements Serializable {
    private static final long serialVersionUID = 1L;

    private Integer year;
    private String direction;
    private String title;
    private String budget;
    private boolean ownTitle;

    /** A dialog for the year with its standard title. */
    public static NewOrder forYear(int year, String direction) {
        NewOrder n = new NewOrder();
        n.year = year;
        n.direction = direction;
        n.title = standardTitle(year);
        return n;
    }

    /** «Муниципальный социальный заказ … на 2027 год и на плановый период 2028–2029 годов». */
    public static String standardTitle(int year) {
        return "Муниципальный социальный заказ на оказание муниципальных услуг в социальной сфере на " + year
                + " год и на плановый период " + (year + 1) + "–" + (year + 2) + " годов";
    }

    /** The year was typed: a title not written by the clerk follows it (an empty title too). */
    public void yearChanged() {
        if (year != null && (!ownTitle || title == null || title.isBlank())) {
            title = standardTitle(year);
            ownTitle = false;
        }
    }

    /** The title was typed: from now on it is the clerk's own, unless it is the standard one again (or empty). */
    public void titleChanged() {
        ownTitle = title != null && !title.isBlank() && (year == null || !title.strip().equals(standardTitle(year)));
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBudget() {
        return budget;
    }

    public void setBudget(String budget) {
        this.budget = budget;
    }
}
