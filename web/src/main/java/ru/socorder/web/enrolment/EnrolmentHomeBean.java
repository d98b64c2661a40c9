package ru.socorder.web.enrolment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.socorder.model.security.Role;
import ru.socorder.service.certificate.enrolment.Enrolments;
import ru.socorder.web.shell.ShellBean;

/** The home page's card of enrolments: waiting for the executor's answer (executor), unanswered past due (clerk). */
@Named("enrolmentHome")
@RequestScoped
public class EnrolmentHomeBean {
    @EJB
    private Enrolments enrolments;

    @Inject
    private ShellBean shell;

    private Long count;

    /** Whether the caller has such work: an executor's user or an authority's clerk. */
    public boolean isShown() {
        return shell.getCaller().has(Role.EXECUTOR) && shell.getCaller().executorId() != null
                || shell.getCaller().has(Role.AUTHORITY_CLERK) && shell.getCaller().authorityId() != null;
    }

    public boolean isExecutor() {
        return shell.getCaller().has(Role.EXECUTOR);
    }

    public long getCount() {
        if (count == null) {
            count = enrolments.homeCount();
        }
        return count;
    }
}
