package ru.socorder.service.registry;

import ru.socorder.model.registry.RegistryApplicationStatus;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.lifecycle.Lifecycle;

/**
 * An application for inclusion in the registry of executors (domain.md §3.3): the applicant — the executor's user, or
 * a clerk entering a paper application — submits a draft; the authority's clerk takes it into review and includes,
 * refuses (with a reason) or returns it for corrections (with what to correct); the applicant may withdraw it until
 * it is decided. Inclusion creates or re-activates the executor's registry entry.
 */
public final class RegistryApplicationLifecycle {

    /** Workflow actions, as the API names them. */
    public enum Action {
        SUBMIT, TAKE, RETURN, INCLUDE, REFUSE, WITHDRAW
    }

    /**
     * What the acting user is for this application.
     *
     * @param applicant a user of the applying executor, or a clerk of the authority filing on its behalf
     * @param reviewer  a clerk of the authority that keeps the registry
     */
    public record Actor(boolean applicant, boolean reviewer) {
    }

    private static final String APPLICANT = "Это действие выполняет заявитель — пользователь исполнителя услуг "
            + "или специалист уполномоченного органа, вносящий заявку с бумажного носителя";
    private static final String REVIEWER = "Заявку рассматривает специалист уполномоченного органа, который ведёт реестр";

    public static final Lifecycle<RegistryApplicationStatus, Action, Actor> TABLE = Lifecycle
            .<RegistryApplicationStatus, Action, Actor>of("заявка", RegistryApplicationStatus.class, Action.class,
                    RegistryApplicationLifecycle::label, RegistryApplicationLifecycle::label)
            .step(Action.SUBMIT).from(RegistryApplicationStatus.DRAFT, RegistryApplicationStatus.RETURNED)
            .to(RegistryApplicationStatus.SUBMITTED).by(Actor::applicant, APPLICANT)
            .step(Action.TAKE).from(RegistryApplicationStatus.SUBMITTED).to(RegistryApplicationStatus.UNDER_REVIEW)
            .by(Actor::reviewer, REVIEWER)
            .step(Action.RETURN).from(RegistryApplicationStatus.UNDER_REVIEW).to(RegistryApplicationStatus.RETURNED)
            .by(Actor::reviewer, REVIEWER).commentRequired("Укажите, что исправить в заявке")
            .step(Action.INCLUDE).from(RegistryApplicationStatus.UNDER_REVIEW).to(RegistryApplicationStatus.INCLUDED)
            .by(Actor::reviewer, REVIEWER)
            .step(Action.REFUSE).from(RegistryApplicationStatus.UNDER_REVIEW).to(RegistryApplicationStatus.REFUSED)
            .by(Actor::reviewer, REVIEWER).commentRequired("Укажите причину отказа во включении в реестр")
            .step(Action.WITHDRAW).from(RegistryApplicationStatus.DRAFT, RegistryApplicationStatus.SUBMITTED,
                    RegistryApplicationStatus.RETURNED).to(RegistryApplicationStatus.WITHDRAWN).by(Actor::applicant, APPLICANT)
            .build();

    /** The record type in the transition log. */
    public static final String RECORD = RecordKind.REGISTRY_APPLICATION.code();

    private RegistryApplicationLifecycle() {
    }

    public static String label(RegistryApplicationStatus s) {
        return switch (s) {
            case DRAFT -> "черновик";
            case SUBMITTED -> "подана";
            case UNDER_REVIEW -> "на рассмотрении";
            case RETURNED -> "возвращена на доработку";
            case INCLUDED -> "исполнитель включён в реестр";
            case REFUSED -> "отказано во включении";
            case WITHDRAWN -> "отозвана";
        };
    }

    public static String label(Action a) {
        return switch (a) {
            case SUBMIT -> "подать";
            case TAKE -> "принять к рассмотрению";
            case RETURN -> "вернуть на доработку";
            case INCLUDE -> "включить в реестр";
            case REFUSE -> "отказать во включении";
            case WITHDRAW -> "отозвать";
        };
    }
}
