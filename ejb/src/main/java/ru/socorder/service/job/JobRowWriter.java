package ru.socorder.service.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.socorder.service.common.Forbidden;
import ru.socorder.service.security.AccountService;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;

/** Writes a chunk of job rows through the job's {@link JobTarget} (see {@link JobStore#writeChunk}). */
@Named("jobRowWriter")
@Dependent
public class JobRowWriter extends AbstractItemWriter {
    @Inject
    @BatchProperty(name = "jobRunId")
    private String jobRunId;

    @EJB
    private JobStore store;

    @Inject
    private JobTargets targets;

    @Inject
    private RequestContextController requestContext;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AccountService accounts;

    private JobTarget target;

    /**
     * Writes the chunk for the user who started the job: in a request context of its own where that user is the
     * current user, so the areas' rights, audit records and lifecycle history name the user, not «system». A user
     * whose account was disabled since is refused (the chunk fails, the job stops with the reason).
     */
    @Override
    public void writeItems(List<Object> items) {
        long id = Long.parseLong(jobRunId);
        if (target == null) {
            target = targets.of(store.kind(id));
        }
        boolean activated = requestContext.activate();
        try {
            String login = store.startedBy(id);
            currentUser.actAs(Caller.SYSTEM.equals(login) ? Caller.system() : accounts.caller(login).orElseThrow(() ->
                    new Forbidden("Учётная запись «" + login + "», запустившая задание, отключена или удалена")));
            store.writeChunk(id, items.stream().map(i -> (Long) i).toList(), target);
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }
}
