package ru.socorder.web.usage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.socorder.model.usage.ContractUsage;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.Rights;
import ru.socorder.service.usage.UsageImports;
import ru.socorder.web.shell.ImportBean;

/** «Загрузить из файла»: delivered hours of the executor's contracts from a CSV or XLSX file, through a job. */
@Named("usageImport")
@ViewScoped
public class UsageImportBean extends ImportBean {
    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected String kind() {
        return UsageImports.KIND;
    }

    /** Only an executor's users enter their delivered hours. */
    @Override
    public boolean isAllowed() {
        Caller c = currentUser.get();
        return c.executorId() != null && c.can(Rights.Action.CREATE, Rights.of(ContractUsage.class, null, c.executorId()));
    }
}
