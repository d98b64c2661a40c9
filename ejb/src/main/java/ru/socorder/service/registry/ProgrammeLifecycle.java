package ru.socorder.service.registry;

import ru.socorder.model.registry.ProgrammeStatus;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.lifecycle.Lifecycle;

/**
 * A programme is certified (included) by the authority like a registry entry: the executor submits a draft, the
 * authority's clerk certifies it (its price is fixed then), refuses or returns it; a certified programme is
 * suspended, resumed or excluded by the authority; the executor may withdraw it until it is certified.
 */
public final class ProgrammeLifecycle {

    /** Actions, as the API names them. */
    public enum Action {
        SUBMIT, RETURN, CERTIFY, REFUSE, SUSPEND, RESUME, EXCLUDE, WITHDRAW
    }

    /**
     * @param owner    a user of the executor the programme belongs to (or a clerk entering it on its behalf)
     * @param reviewer a clerk of the authority that certifies it
     */
    public record Actor(boolean owner, boolean reviewer) {
    }

    private static final String OWNER = "Это действие выполняет исполнитель услуг — владелец программы";
    private static final String REVIEWER = "Программы сертифицирует специалист уполномоченного органа";

    public static final Lifecycle<ProgrammeStatus, Action, Actor> TABLE = Lifecycle
            .<ProgrammeStatus, Action, Actor>of("программа", ProgrammeStatus.class, Action.class, ProgrammeLifecycle::label,
                    ProgrammeLifecycle::label)
            .step(Action.SUBMIT).from(ProgrammeStatus.DRAFT, ProgrammeStatus.RETURNED).to(ProgrammeStatus.SUBMITTED).by(Actor::owner, OWNER)
            .step(Action.RETURN).from(ProgrammeStatus.SUBMITTED).to(ProgrammeStatus.RETURNED).by(Actor::reviewer, REVIEWER)
            .commentRequired("Укажите, что исправить в программе")
            .step(Action.CERTIFY).from(ProgrammeStatus.SUBMITTED).to(ProgrammeStatus.CERTIFIED).by(Actor::reviewer, REVIEWER)
            .step(Action.REFUSE).from(ProgrammeStatus.SUBMITTED).to(ProgrammeStatus.REFUSED).by(Actor::reviewer, REVIEWER)
            .commentRequired("Укажите причину отказа в сертификации")
            .step(Action.SUSPEND).from(ProgrammeStatus.CERTIFIED).to(ProgrammeStatus.SUSPENDED).by(Actor::reviewer, REVIEWER)
            .commentRequired("Укажите основание приостановления")
            .step(Action.RESUME).from(ProgrammeStatus.SUSPENDED).to(ProgrammeStatus.CERTIFIED).by(Actor::reviewer, REVIEWER)
            .step(Action.EXCLUDE).from(ProgrammeStatus.CERTIFIED, ProgrammeStatus.SUSPENDED).to(ProgrammeStatus.EXCLUDED)
            .by(Actor::reviewer, REVIEWER).commentRequired("Укажите основание исключения программы")
            .step(Action.WITHDRAW).from(ProgrammeStatus.DRAFT, ProgrammeStatus.SUBMITTED, ProgrammeStatus.RETURNED)
            .to(ProgrammeStatus.WITHDRAWN).by(Actor::owner, OWNER)
            .build();

    /** The record type in the transition log. */
    public static final String RECORD = RecordKind.PROGRAMME.code();

    private ProgrammeLifecycle() {
    }

    public static String label(ProgrammeStatus s) {
        return switch (s) {
            case DRAFT -> "черновик";
            case SUBMITTED -> "на сертификации";
            case RETURNED -> "возвращена на доработку";
            case CERTIFIED -> "сертифицирована";
            case REFUSED -> "отказано в сертификации";
            case SUSPENDED -> "приостановлена";
            case EXCLUDED -> "исключена";
            case WITHDRAWN -> "отозвана";
        };
    }

    public static String label(Action a) {
        return switch (a) {
            case SUBMIT -> "направить на сертификацию";
            case RETURN -> "вернуть на доработку";
            case CERTIFY -> "сертифицировать";
            case REFUSE -> "отказать в сертификации";
            case SUSPEND -> "приостановить";
            case RESUME -> "возобновить";
            case EXCLUDE -> "исключить";
            case WITHDRAW -> "отозвать";
        };
    }
}
