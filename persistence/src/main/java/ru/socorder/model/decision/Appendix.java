package ru.socorder.model.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * An appendix of a decision as its act prints it: what it holds, the approval stamp («Приложение № 2 к постановлению …»,
 * «УТВЕРЖДЕН постановлением … (приложение 3)») and the title as the act writes them (lines separated by line
 * breaks), and for a table the column captions and the numbering row under them (cells separated by {@value #CELLS},
 * none when the act has no such row). An indicators appendix names its indicator table. The number is the appendix's
 * number as the act gives it («1», «2»; none for an act's only, unnumbered appendix): the stamp carries it in print.
 */
@Embeddable
public class Appendix implements Serializable {
    private static final long serialVersionUID = 1L;
    /** What separates the cells of the captions and the numbering row. */
    public static final String CELLS = "|";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppendixKind kind;

    @Column(length = 20)
    private String number;

    /** The stamp's lines; blank: the act prints none; null: the usual stamp with the number. */
    @Column(length = 1000)
    private String stamp;

    @Column(length = 2000)
    private String title;

    @Column(length = 2000)
    private String captions;

    @Column(name = "column_numbers", length = 200)
    private String columnNumbers;

    @Column(name = "indicator_table")
    private Integer indicatorTable;

    /** How an indicator table writes a value with its year, e.g. «Значение: {value}, год: {year}»; none: the usual way. */
    @Column(name = "value_pattern", length = 200)
    private String valuePattern;

    /** The signature under the appendix where the act signs it: the position's lines, a tab, the name. */
    @Column(length = 1000)
    private String signature;

    protected Appendix() {
    }

    public Appendix(AppendixKind kind, String stamp, String title) {
        this.kind = kind;
        this.stamp = stamp;
        this.title = title;
    }

    /** The column captions, or an empty list when the appendix keeps the standard ones of its kind. */
    public List<String> captionList() {
        return cells(captions);
    }

    /** The numbering row under the captions, or an empty list when the act prints none. */
    public List<String> columnNumberList() {
        return cells(columnNumbers);
    }

    private static List<String> cells(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split("\\" + CELLS, -1)).map(String::strip).toList();
    }

    public AppendixKind getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getStamp() {
        return stamp;
    }

    public String getTitle() {
        return title;
    }

    public String getCaptions() {
        return captions;
    }

    public String getColumnNumbers() {
        return columnNumbers;
    }

    /** Sets the captions and the numbering row (each {@value #CELLS}-separated; null for the standard ones / none). */
    public void setColumns(String captions, String columnNumbers) {
        this.captions = captions;
        this.columnNumbers = columnNumbers;
    }

    public Integer getIndicatorTable() {
        return indicatorTable;
    }

    public void setIndicatorTable(Integer indicatorTable) {
        this.indicatorTable = indicatorTable;
    }

    public String getValuePattern() {
        return valuePattern;
    }

    public void setValuePattern(String valuePattern) {
        this.valuePattern = valuePattern;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }
}
