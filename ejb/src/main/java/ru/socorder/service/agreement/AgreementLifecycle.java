package ru.socorder.service.agreement;

import ru.socorder.model.agreement.AgreementStatus;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.lifecycle.Lifecycle;

/**
 * An agreement version (domain.md §3.5). Who signs: the authority's clerk prepares the draft and sends it for signing;
 * the executor's user signs its side ({@link Action#SIGN_EXECUTOR}; a clerk records it for an agreement signed on
 * paper — the history names who did); the authority's approver (its head) signs last, which concludes the agreement
 * (SIGNED, the date of signing is the date of conclusion), checked against the order's volume. Execution starts by
 * itself: at once when signed on or after the start of validity, else on that date (timer). Either party may return
 * an agreement sent for signing to the draft with a reason; the clerk closes one executed or terminates it with a
 * reason. An amendment is a new version made by the clerk from the version in execution; when it is signed, it
 * executes and the previous version is superseded ({@link Action#SUPERSEDE}).
 */
public final class AgreementLifecycle {

    /** Actions, as the API names them. */
    public enum Action {
        SEND, SIGN_EXECUTOR, SIGN, RETURN, CLOSE, TERMINATE,
        /** Taken by nobody: execution starts on the start of validity (at signing when it has come). */
        START,
        /** Taken by nobody: the previous version, when its amendment is signed. */
        SUPERSEDE
    }

    /**
     * @param clerk         a clerk of the agreement's authority
     * @param approver      an approver (head) of the agreement's authority
     * @param executorParty a user of the agreement's executor
     * @param executorSigned whether the executor's side is signed already
     */
    public record Actor(boolean clerk, boolean approver, boolean executorParty, boolean executorSigned) {
        boolean eitherParty() {
            return clerk || approver || executorParty;
        }

        boolean executorSide() {
            return (executorParty || clerk) && !executorSigned;
        }

        boolean authoritySide() {
            return approver && executorSigned;
        }
    }

    private static final String CLERK = "Это действие выполняет специалист уполномоченного органа — стороны соглашения";
    private static final String EXECUTOR = "Со стороны исполнителя соглашение подписывает пользователь исполнителя (специалист органа отмечает "
            + "подписание на бумаге); подписать повторно нельзя";
    private static final String APPROVER = "Со стороны уполномоченного органа соглашение подписывает руководитель (право утверждения) "
            + "после подписания исполнителем";
    private static final String PARTIES = "Вернуть соглашение на доработку может сторона соглашения";

    public static final Lifecycle<AgreementStatus, Action, Actor> TABLE = Lifecycle
            .<AgreementStatus, Action, Actor>of("соглашение", AgreementStatus.class, Action.class, AgreementStatus::label,
                    AgreementLifecycle::label)
            .step(Action.SEND).from(AgreementStatus.DRAFT).to(AgreementStatus.SENT_FOR_SIGNING).by(Actor::clerk, CLERK)
            .step(Action.SIGN_EXECUTOR).from(AgreementStatus.SENT_FOR_SIGNING).to(AgreementStatus.SENT_FOR_SIGNING)
            .by(Actor::executorSide, EXECUTOR)
            .step(Action.SIGN).from(AgreementStatus.SENT_FOR_SIGNING).to(AgreementStatus.SIGNED).by(Actor::authoritySide, APPROVER)
            .step(Action.RETURN).from(AgreementStatus.SENT_FOR_SIGNING).to(AgreementStatus.DRAFT).by(Actor::eitherParty, PARTIES)
            .commentRequired("Укажите, что нужно исправить в соглашении")
            .step(Action.CLOSE).from(AgreementStatus.IN_EXECUTION).to(AgreementStatus.CLOSED).by(Actor::clerk, CLERK)
            .step(Action.TERMINATE).from(AgreementStatus.SIGNED, AgreementStatus.IN_EXECUTION).to(AgreementStatus.TERMINATED)
            .by(Actor::clerk, CLERK).commentRequired("Укажите основание расторжения соглашения")
            .step(Action.START).from(AgreementStatus.SIGNED).to(AgreementStatus.IN_EXECUTION)
            .automatic("исполнение соглашения начинается с даты начала его действия")
            .step(Action.SUPERSEDE).from(AgreementStatus.IN_EXECUTION).to(AgreementStatus.SUPERSEDED)
            .automatic("редакция заменяется, когда подписано дополнительное соглашение")
            .build();

    /** The record type in the transition log. */
    public static final String RECORD = RecordKind.AGREEMENT.code();

    private AgreementLifecycle() {
    }

    public static String label(Action a) {
        return switch (a) {
            case SEND -> "направить на подписание";
            case SIGN_EXECUTOR -> "подписать со стороны исполнителя";
            case SIGN -> "подписать со стороны уполномоченного органа";
            case RETURN -> "вернуть на доработку";
            case CLOSE -> "отметить исполнение";
            case TERMINATE -> "расторгнуть";
            case START -> "начато исполнение";
            case SUPERSEDE -> "заменено дополнительным соглашением";
        };
    }
}
