package ru.socorder.service.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.socorder.service.security.Rights.Action.APPROVE;
import static ru.socorder.service.security.Rights.Action.CREATE;
import static ru.socorder.service.security.Rights.Action.EDIT;
import static ru.socorder.service.security.Rights.Action.READ;

import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.socorder.model.certificate.Certificate;
import ru.socorder.model.certificate.Consumer;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.model.certificate.Enrolment;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.RegistryApplication;
import ru.socorder.model.registry.RegistryEntry;
import ru.socorder.model.security.Role;

/** Two owners: the authority keeping the registry and issuing certificates, and the executor. */
class SelectionRightsTest {
    private static final long AUTHORITY = 10;
    private static final long TERRITORY = 100;
    private static final long EXECUTOR = 5;

    private static Caller staff(Role role, long authority, long territory) {
        return new Caller("u", "Пользователь", Set.of(role), authority, "Администрация", territory, null, null);
    }

    private static Caller executor(long id) {
        return new Caller("e", "Исполнитель", Set.of(Role.EXECUTOR), null, null, null, id, "МАОУ ДО");
    }

    private static Caller overseer(Role role) {
        return new Caller("o", "Наблюдатель", Set.of(role), null, null, null, null, null);
    }

    @Test
    void theExecutorFilesItsOwnApplicationAndTheAuthorityDecides() {
        var own = Rights.of(RegistryApplication.class, AUTHORITY, EXECUTOR);
        assertTrue(executor(EXECUTOR).can(CREATE, own));
        assertTrue(executor(EXECUTOR).can(READ, own));
        assertFalse(executor(6).can(READ, own), "another executor's application");
        assertFalse(executor(EXECUTOR).can(APPROVE, own), "an executor does not include itself");
        assertTrue(staff(Role.AUTHORITY_CLERK, AUTHORITY, TERRITORY).can(CREATE, own), "filed from paper on its behalf");
        assertTrue(staff(Role.APPROVER, AUTHORITY, TERRITORY).can(APPROVE, own));
        assertFalse(staff(Role.AUTHORITY_CLERK, 11, TERRITORY).can(APPROVE, own), "another authority's registry");
        assertTrue(overseer(Role.OBSERVER).can(READ, own));
        assertFalse(overseer(Role.OBSERVER).can(CREATE, own));
    }

    @Test
    void theRegistryAndProgrammesArePublicButChangedByTheirOwners() {
        var entry = Rights.of(RegistryEntry.class, AUTHORITY, EXECUTOR);
        var programme = Rights.of(Programme.class, AUTHORITY, EXECUTOR);
        assertTrue(executor(6).can(READ, entry));
        assertTrue(executor(6).can(READ, programme));
        assertFalse(executor(EXECUTOR).can(EDIT, entry), "an executor does not suspend its own entry");
        assertTrue(executor(EXECUTOR).can(EDIT, programme));
        assertFalse(executor(6).can(EDIT, programme));
        assertFalse(executor(EXECUTOR).can(APPROVE, programme), "certified by the authority");
        assertTrue(staff(Role.AUTHORITY_CLERK, AUTHORITY, TERRITORY).can(APPROVE, programme));
    }

    @Test
    void fullPersonalDataOnlyToTheClerksOfTheConsumersTerritory() {
        var child = Rights.of(Consumer.class, TERRITORY, null);
        assertTrue(staff(Role.AUTHORITY_CLERK, AUTHORITY, TERRITORY).can(READ, child));
        assertFalse(staff(Role.AUTHORITY_CLERK, 11, 200).can(READ, child), "another territory");
        assertFalse(staff(Role.APPROVER, AUTHORITY, TERRITORY).can(READ, child));
        assertFalse(overseer(Role.ADMIN).can(READ, child), "the administrator runs the system, not the children's data");
        assertFalse(overseer(Role.OBSERVER).can(READ, child));
        assertFalse(executor(EXECUTOR).can(READ, child));
    }

    @Test
    void certificatesBelongToTheIssuingAuthority() {
        var certificate = Rights.of(Certificate.class, AUTHORITY, null);
        assertTrue(staff(Role.AUTHORITY_CLERK, AUTHORITY, TERRITORY).can(EDIT, certificate));
        assertTrue(staff(Role.APPROVER, AUTHORITY, TERRITORY).can(READ, certificate));
        assertFalse(staff(Role.APPROVER, AUTHORITY, TERRITORY).can(EDIT, certificate));
        assertFalse(staff(Role.AUTHORITY_CLERK, 11, TERRITORY).can(READ, certificate));
        assertFalse(executor(EXECUTOR).can(READ, certificate));
    }

    @Test
    void theExecutorAnswersEnrolmentsAndBothSidesTerminateContracts() {
        var enrolment = Rights.of(Enrolment.class, AUTHORITY, EXECUTOR);
        var contract = Rights.of(ConsumerContract.class, AUTHORITY, EXECUTOR);
        assertTrue(executor(EXECUTOR).can(APPROVE, enrolment));
        assertFalse(executor(6).can(APPROVE, enrolment));
        assertFalse(executor(6).can(READ, enrolment), "executor A cannot see executor B's enrolments");
        assertFalse(staff(Role.AUTHORITY_CLERK, AUTHORITY, TERRITORY).can(APPROVE, enrolment), "the executor answers");
        assertTrue(staff(Role.AUTHORITY_CLERK, AUTHORITY, TERRITORY).can(CREATE, enrolment), "a parent's choice registered");
        assertFalse(executor(EXECUTOR).can(CREATE, enrolment));
        assertTrue(executor(EXECUTOR).can(EDIT, contract));
        assertTrue(staff(Role.AUTHORITY_CLERK, AUTHORITY, TERRITORY).can(EDIT, contract));
        assertFalse(executor(6).can(EDIT, contract));
        assertTrue(overseer(Role.OBSERVER).can(READ, contract));
    }

    @Test
    void theYearIsClosedByTheAdministratorAndTheTerritorysClerksAndReadByObserversAndTheTerritorysStaff() {
        var closing = Rights.of(ru.socorder.model.certificate.ClosingCalendar.class, TERRITORY, null);
        assertTrue(staff(Role.AUTHORITY_CLERK, AUTHORITY, TERRITORY).can(EDIT, closing));
        assertTrue(overseer(Role.ADMIN).can(EDIT, closing));
        assertFalse(staff(Role.AUTHORITY_CLERK, 11, 200).can(EDIT, closing), "another territory's clerk");
        assertFalse(staff(Role.AUTHORITY_CLERK, 11, 200).can(READ, closing));
        assertFalse(staff(Role.APPROVER, AUTHORITY, TERRITORY).can(EDIT, closing));
        assertTrue(staff(Role.APPROVER, AUTHORITY, TERRITORY).can(READ, closing));
        assertTrue(overseer(Role.OBSERVER).can(READ, closing));
        assertFalse(overseer(Role.OBSERVER).can(EDIT, closing));
        assertFalse(executor(EXECUTOR).can(READ, closing), "the continuation report names other executors' contracts");
    }

    @Test
    void theClerkComputesTheMonthsPaymentOnlyTheHeadApprovesItAndTheExecutorReadsOnlyItsInvoices() {
        var run = Rights.of(ru.socorder.model.payment.PaymentRun.class, AUTHORITY);
        assertTrue(staff(Role.AUTHORITY_CLERK, AUTHORITY, TERRITORY).can(CREATE, run));
        assertFalse(staff(Role.AUTHORITY_CLERK, AUTHORITY, TERRITORY).can(APPROVE, run), "the one who computes does not approve");
        assertTrue(staff(Role.APPROVER, AUTHORITY, TERRITORY).can(APPROVE, run));
        assertFalse(staff(Role.APPROVER, 11, TERRITORY).can(APPROVE, run), "another authority's head");
        assertFalse(overseer(Role.ADMIN).can(APPROVE, run), "the administrator re-runs, never approves a payment");
        assertTrue(overseer(Role.ADMIN).can(CREATE, run));
        assertFalse(executor(EXECUTOR).can(READ, run));
        var invoice = Rights.of(ru.socorder.model.payment.Invoice.class, AUTHORITY, EXECUTOR);
        assertTrue(executor(EXECUTOR).can(READ, invoice));
        assertFalse(executor(6).can(READ, invoice));
        assertFalse(staff(Role.AUTHORITY_CLERK, AUTHORITY, TERRITORY).can(EDIT, invoice), "invoices are written by the run only");
    }

    @Test
    void paymentSettingsAreChangedByTheAuthoritysHeadOrTheAdministratorAndReadByItsClerk() {
        var settings = Rights.of(ru.socorder.model.agreement.AgreementSetting.class, AUTHORITY);
        assertTrue(staff(Role.APPROVER, AUTHORITY, TERRITORY).can(EDIT, settings));
        assertTrue(staff(Role.APPROVER, AUTHORITY, TERRITORY).can(CREATE, settings));
        assertTrue(overseer(Role.ADMIN).can(EDIT, settings));
        assertTrue(staff(Role.AUTHORITY_CLERK, AUTHORITY, TERRITORY).can(READ, settings));
        assertFalse(staff(Role.AUTHORITY_CLERK, AUTHORITY, TERRITORY).can(EDIT, settings), "the clerk reads");
        assertFalse(staff(Role.APPROVER, 11, TERRITORY).can(EDIT, settings), "another authority's head");
        assertFalse(staff(Role.APPROVER, 11, TERRITORY).can(READ, settings));
        assertTrue(overseer(Role.OBSERVER).can(READ, settings));
        assertFalse(overseer(Role.OBSERVER).can(EDIT, settings));
        assertFalse(executor(EXECUTOR).can(READ, settings));
    }
}
