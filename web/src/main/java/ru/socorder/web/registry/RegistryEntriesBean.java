package ru.socorder.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.socorder.model.registry.RegistryEntry;
import ru.socorder.model.registry.RegistryEntryStatus;
import ru.socorder.service.catalog.CatalogService;
import ru.socorder.service.catalog.OptionItem;
import ru.socorder.service.registry.RegistryEntries;
import ru.socorder.service.registry.RegistryEntryLifecycle;
import ru.socorder.web.shell.ListBean;
import ru.socorder.web.shell.PagedModel;

/** «Реестр исполнителей»: the entries of every authority's registry (public), filtered by authority and status. */
@Named("registryEntries")
@ViewScoped
public class RegistryEntriesBean extends ListBean<RegistryEntry> {
    private static final long serialVersionUID = 1L;

    @EJB
    private RegistryEntries entries;

    @EJB
    private CatalogService catalog;

    private Long authorityId;
    private RegistryEntryStatus status;
    private List<OptionItem> authorities;
    private boolean mine = true;

    @jakarta.inject.Inject
    private ru.socorder.web.shell.ShellBean shell;

    @Override
    protected PagedModel<RegistryEntry> createModel() {
        RegistryEntries s = entries;
        RegistryEntriesBean self = this;
        return new PagedModel<>(r -> s.list(r, self.authorityId, self.ownExecutor(), self.status), RegistryEntry::getId);
    }

    /** An executor's user sees its own organisation's entries first («мои»), the whole registry when it unticks it. */
    private Long ownExecutor() {
        return mine && isExecutor() ? shell.getCaller().executorId() : null;
    }

    public boolean isExecutor() {
        return shell.getCaller().has(ru.socorder.model.security.Role.EXECUTOR);
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public String statusLabel(RegistryEntryStatus s) {
        return RegistryEntryLifecycle.label(s);
    }

    public RegistryEntryStatus[] getStatuses() {
        return RegistryEntryStatus.values();
    }

    public String services(RegistryEntry e) {
        return String.join(", ", e.getServices().stream().map(s -> s.getRegistryNumber().formatted()).sorted().toList());
    }

    public List<OptionItem> getAuthorities() {
        if (authorities == null) {
            authorities = catalog.authorityOptions();
        }
        return authorities;
    }

    public Long getAuthorityId() {
        return authorityId;
    }

    public void setAuthorityId(Long authorityId) {
        this.authorityId = authorityId;
    }

    public RegistryEntryStatus getStatus() {
        return status;
    }

    public void setStatus(RegistryEntryStatus status) {
        this.status = status;
    }
}
