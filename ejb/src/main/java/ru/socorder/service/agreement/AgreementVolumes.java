package ru.socorder.service.agreement;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.socorder.model.agreement.Agreement;
import ru.socorder.model.agreement.AgreementKind;
import ru.socorder.model.agreement.AgreementLine;
import ru.socorder.model.agreement.AgreementStatus;
import ru.socorder.model.catalog.SocialService;
import ru.socorder.model.common.RussianText;
import ru.socorder.model.order.Method;
import ru.socorder.service.certificate.IssueLock;
import ru.socorder.service.common.Conflict;
import ru.socorder.service.order.AllowedVolume;
import ru.socorder.service.order.OrderVolumes;
import ru.socorder.service.security.Caller;

/**
 * The rule «the agreements' volumes for a service and year never exceed the order's volume of the method»
 * (certificates: {@link Method#CERTIFICATES}; after a competition: {@link Method#COMPETITION}): checked when an
 * agreement is signed — under the row lock of the authority, service and year that issuing certificates takes too
 * ({@link IssueLock}), so two signings racing for the last units take turns — and reported when the current approved
 * order allows less than the signed agreements hold ({@link #alerts}: computed on every read from the order as it
 * stands, so an approved amendment that lowers the volume shows at once). Counted: the lines of the versions that
 * bind (SIGNED, IN_EXECUTION) — one per family, an amendment replaces its previous version when signed.
 */
@Stateless
public class AgreementVolumes {
    private static final List<AgreementStatus> BINDING = List.of(AgreementStatus.SIGNED, AgreementStatus.IN_EXECUTION);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrderVolumes orders;

    @EJB
    private IssueLock locks;

    static Method method(AgreementKind kind) {
        return kind == AgreementKind.COMPETITION ? Method.COMPETITION : Method.CERTIFICATES;
    }

    /** @throws Conflict with the figures when signing would exceed the order's volume, or no approved order plans it */
    public void requireWithinOrder(Agreement a) {
        long authority = a.getAuthority().getId();
        for (AgreementLine line : a.getLines()) {
            long service = line.getService().getId();
            locks.create(authority, service, line.getYear());
            locks.lock(authority, service, line.getYear());
            Optional<AllowedVolume> allowed = orders.allowed(service, line.getYear(), method(a.getKind()));
            String what = "услуге " + line.getService().getRegistryNumber().formatted() + " на " + line.getYear() + " год";
            if (allowed.isEmpty()) {
                throw new Conflict("Подписать соглашение нельзя: в утверждённом социальном заказе нет объёма по " + what);
            }
            BigDecimal others = signed(authority, service, line.getYear(), a.getFamilyId());
            BigDecimal total = others.add(line.getVolume());
            BigDecimal limit = allowed.get().volume();
            if (total.compareTo(limit) > 0) {
                throw new Conflict("Подписать соглашение нельзя: объём по " + what + " превысит объём социального заказа. "
                        + "В заказе по социальным сертификатам — " + figure(limit) + ", по подписанным соглашениям — " + figure(others)
                        + ", в этом соглашении — " + figure(line.getVolume()) + ", всего было бы " + figure(total) + " (превышение "
                        + figure(total.subtract(limit)) + ")");
            }
        }
    }

    /** The volume the binding agreements of the authority hold for the service and year, less one family (null: none). */
    public BigDecimal signed(long authority, long service, int year, Long exceptFamily) {
        BigDecimal v = em.createQuery("select sum(l.volume) from AgreementLine l where l.agreement.authority.id = :a "
                        + "and l.service.id = :s and l.year = :y and l.agreement.status in :binding and l.agreement.familyId <> :f",
                        BigDecimal.class)
                .setParameter("a", authority).setParameter("s", service).setParameter("y", year).setParameter("binding", BINDING)
                .setParameter("f", exceptFamily == null ? -1L : exceptFamily).getSingleResult();
        return v == null ? BigDecimal.ZERO : v;
    }

    /** Services and years of the caller's own authority whose signed agreements exceed the current order's volume. */
    public List<VolumeAlert> alerts(Caller caller) {
        if (caller.authorityId() == null) {
            return List.of();
        }
        List<Object[]> sums = em.createQuery("select l.service.id, l.year, sum(l.volume) from AgreementLine l "
                        + "where l.agreement.authority.id = :a and l.agreement.status in :binding and l.agreement.kind <> :competition "
                        + "group by l.service.id, l.year order by l.year, l.service.id", Object[].class)
                .setParameter("a", caller.authorityId()).setParameter("binding", BINDING)
                .setParameter("competition", AgreementKind.COMPETITION).getResultList();
        List<VolumeAlert> out = new ArrayList<>();
        for (Object[] row : sums) {
            long service = (Long) row[0];
            int year = (Integer) row[1];
            BigDecimal held = (BigDecimal) row[2];
            BigDecimal limit;
            try {
                limit = orders.allowed(service, year, Method.CERTIFICATES).map(AllowedVolume::volume).orElse(BigDecimal.ZERO);
            } catch (Conflict e) {
                continue; // two authorities' orders plan it: that is the order's alert, not this one
            }
            if (held.compareTo(limit) > 0) {
                SocialService s = em.find(SocialService.class, service);
                out.add(new VolumeAlert(service, s.getRegistryNumber().formatted(), s.getName(), year, limit, held));
            }
        }
        return out;
    }

    static String figure(BigDecimal v) {
        return RussianText.number(v);
    }
}
