package ru.socorder.web.order;

import java.io.Serializable;
import java.math.BigDecimal;
import ru.socorder.model.order.Method;
import ru.socorder.model.order.Volumes;
import ru.socorder.service.order.VolumeSplit;

/** One line in one period, as edited in the volume table (one property per column for the inputs). */
public class VolumeRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LineEdit line;
    private final int year;
    private final String period;
    private Volumes volumes;

    VolumeRow(LineEdit line, int year, String period, Volumes volumes) {
        this.line = line;
        this.year = year;
        this.period = period;
        this.volumes = volumes;
    }

    Volumes volumes() {
        return volumes;
    }

    /** The split does not add up to the total (shown at once, before saving). */
    public boolean isMismatch() {
        return !new VolumeSplit(volumes).addsUp();
    }

    public LineEdit getLine() {
        return line;
    }

    public int getYear() {
        return year;
    }

    public String getPeriod() {
        return period;
    }

    public BigDecimal getTotal() {
        return volumes.total();
    }

    public void setTotal(BigDecimal total) {
        volumes = volumes.withTotal(total);
    }

    public BigDecimal getTreasury() {
        return volumes.get(Method.TREASURY);
    }

    public void setTreasury(BigDecimal v) {
        volumes = volumes.with(Method.TREASURY, v);
    }

    public BigDecimal getBudgetAutonomous() {
        return volumes.get(Method.BUDGET_AUTONOMOUS);
    }

    public void setBudgetAutonomous(BigDecimal v) {
        volumes = volumes.with(Method.BUDGET_AUTONOMOUS, v);
    }

    public BigDecimal getCompetition() {
        return volumes.get(Method.COMPETITION);
    }

    public void setCompetition(BigDecimal v) {
        volumes = volumes.with(Method.COMPETITION, v);
    }

    public BigDecimal getCertificates() {
        return volumes.get(Method.CERTIFICATES);
    }

    public void setCertificates(BigDecimal v) {
        volumes = volumes.with(Method.CERTIFICATES, v);
    }
}
