package ru.socorder.web.certificate;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.socorder.model.certificate.ConsumerStatus;
import ru.socorder.service.certificate.ConsumerRow;
import ru.socorder.service.certificate.Consumers;
import ru.socorder.service.exchange.TableWriter;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/** Получатели: the list (СНИЛС masked), all or only the probable duplicates held for the clerk. */
@Named("consumers")
@ViewScoped
public class ConsumersBean extends ListBean<ConsumerRow> {
    private static final long serialVersionUID = 1L;

    @EJB
    private Consumers consumers;

    private boolean heldOnly;

    @Override
    protected PagedModel<ConsumerRow> createModel() {
        Consumers service = consumers;
        return new PagedModel<>(r -> service.list(r, heldOnly ? ConsumerStatus.HELD : null), ConsumerRow::id);
    }

    @Override
    protected List<TableWriter.Column<ConsumerRow>> exportColumns() {
        return List.of(new TableWriter.Column<ConsumerRow>("ФИО", ConsumerRow::fullName),
                new TableWriter.Column<ConsumerRow>("Дата рождения", r -> r.birthDate().toString()),
                new TableWriter.Column<ConsumerRow>("СНИЛС", ConsumerRow::maskedSnils),
                new TableWriter.Column<ConsumerRow>("Статус", ConsumerRow::statusLabel));
    }

    @Override
    protected String exportName() {
        return "consumers";
    }

    public boolean isHeldOnly() {
        return heldOnly;
    }

    public void setHeldOnly(boolean heldOnly) {
        this.heldOnly = heldOnly;
    }
}
