package ru.socorder.service.certificate;

import ru.socorder.model.certificate.ContractStatus;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.lifecycle.Lifecycle;

/**
 * A consumer contract (domain.md §3.6): concluded when the executor confirms an enrolment, active from its start
 * date, completed by the executor, or terminated early by either side (the executor, or the authority's clerk on
 * the parent's notice) with a date and basis — what it did not consume is then released on the certificate. A change
 * of executor terminates one contract and concludes the next in the same transaction.
 */
public final class ContractLifecycle {

    /** Actions, as the API names them. */
    public enum Action {
        COMPLETE, TERMINATE,
        /** Taken by nobody: follows on the contract's start date. */
        START,
        /** Taken by nobody: the year end completes a contract of the closing year (ended within it, or continued). */
        YEAR_END
    }

    /**
     * @param executorParty    a user of the executor that is party to the contract
     * @param clerkOfAuthority a clerk of the authority that issued the certificate
     */
    public record Actor(boolean executorParty, boolean clerkOfAuthority) {
        boolean eitherSide() {
            return executorParty || clerkOfAuthority;
        }
    }

    private static final String EXECUTOR = "Исполнение договора отмечает исполнитель услуг — сторона договора";
    private static final String SIDES = "Договор расторгает исполнитель услуг — сторона договора — или специалист "
            + "уполномоченного органа по заявлению родителя";

    public static final Lifecycle<ContractStatus, Action, Actor> TABLE = Lifecycle
            .<ContractStatus, Action, Actor>of("договор", ContractStatus.class, Action.class, ContractLifecycle::label,
                    ContractLifecycle::label)
            .step(Action.COMPLETE).from(ContractStatus.ACTIVE).to(ContractStatus.COMPLETED).by(Actor::executorParty, EXECUTOR)
            .step(Action.TERMINATE).from(ContractStatus.CONCLUDED, ContractStatus.ACTIVE).to(ContractStatus.TERMINATED)
            .by(Actor::eitherSide, SIDES).commentRequired("Укажите основание расторжения договора")
            .step(Action.START).from(ContractStatus.CONCLUDED).to(ContractStatus.ACTIVE)
            .automatic("исполнение договора начинается в дату начала обучения")
            .step(Action.YEAR_END).from(ContractStatus.CONCLUDED, ContractStatus.ACTIVE).to(ContractStatus.COMPLETED)
            .automatic("при закрытии года договор года завершается: неизрасходованный резерв освобождается")
            .build();

    /** The record type in the transition log. */
    public static final String RECORD = RecordKind.CONTRACT.code();

    private ContractLifecycle() {
    }

    public static String label(ContractStatus s) {
        return switch (s) {
            case CONCLUDED -> "заключён";
            case ACTIVE -> "исполняется";
            case COMPLETED -> "исполнен";
            case TERMINATED -> "расторгнут";
        };
    }

    public static String label(Action a) {
        return switch (a) {
            case COMPLETE -> "отметить исполнение";
            case TERMINATE -> "расторгнуть";
            case START -> "началось обучение";
            case YEAR_END -> "закрытие года";
        };
    }
}
