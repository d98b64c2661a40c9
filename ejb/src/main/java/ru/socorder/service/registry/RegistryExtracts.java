package ru.socorder.service.registry;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.socorder.model.catalog.AuthorisedBody;
import ru.socorder.model.catalog.Executor;
import ru.socorder.model.registry.Programme;
import ru.socorder.model.registry.ProgrammeStatus;
import ru.socorder.model.registry.RegistryEntry;
import ru.socorder.service.common.BoundaryFailures;
import ru.socorder.service.common.NotFound;
import ru.socorder.service.reporting.PrintFormat;
import ru.socorder.service.reporting.PrintedForm;
import ru.socorder.service.reporting.ReportEngine;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.Rights;

/**
 * Printed extracts from the registry of executors (PDF): about one executor's entry and the whole registry of an
 * authority, as of today. The registry is public to logged-in users, so is every extract. The programmes listed are
 * the certified and suspended ones of the executor in the authority.
 */
@Stateless
@Interceptors(BoundaryFailures.class)
public class RegistryExtracts {
    private static final List<ProgrammeStatus> LISTED = List.of(ProgrammeStatus.CERTIFIED, ProgrammeStatus.SUSPENDED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @EJB
    private ReportEngine engine;

    public PrintedForm entry(long entryId) {
        RegistryEntry e = em.find(RegistryEntry.class, entryId);
        if (e == null) {
            throw new NotFound("Запись реестра исполнителей не найдена");
        }
        currentUser.get().require(Rights.Action.READ, e);
        RegistryExtract x = read(e.getAuthority(), List.of(e));
        return new PrintedForm("vypiska-reestr-" + e.getAuthority().getId() + "-" + e.getNumber() + ".pdf", "application/pdf",
                engine.print(List.of(RegistryExtractPrinter.entry(x)), PrintFormat.PDF));
    }

    public PrintedForm registry(long authorityId) {
        AuthorisedBody a = em.find(AuthorisedBody.class, authorityId);
        if (a == null) {
            throw new NotFound("Уполномоченный орган не найден");
        }
        currentUser.get().require(Rights.Action.READ, Rights.of(RegistryEntry.class, authorityId, null));
        List<RegistryEntry> entries = em.createQuery("select e from RegistryEntry e join fetch e.executor where e.authority.id = :a "
                + "order by e.number", RegistryEntry.class).setParameter("a", authorityId).getResultList();
        return new PrintedForm("reestr-ispolniteley-" + authorityId + ".pdf", "application/pdf",
                engine.print(List.of(RegistryExtractPrinter.registry(read(a, entries))), PrintFormat.PDF));
    }

    /** The read model of the entries, with the listed programmes of their executors read in one query. */
    RegistryExtract read(AuthorisedBody authority, List<RegistryEntry> entries) {
        Map<Long, List<Programme>> programmes = entries.isEmpty() ? Map.of() : em.createQuery("select p from Programme p join fetch p.service "
                        + "where p.authority.id = :a and p.executor.id in :x and p.status in :s order by p.name", Programme.class)
                .setParameter("a", authority.getId()).setParameter("x", entries.stream().map(e -> e.getExecutor().getId()).toList())
                .setParameter("s", LISTED).getResultList().stream().collect(Collectors.groupingBy(p -> p.getExecutor().getId()));
        List<RegistryExtract.Row> rows = entries.stream().map(e -> {
            Executor x = e.getExecutor();
            return new RegistryExtract.Row(e.getNumber(), x.getFullName(), text(x.getInn()), text(x.getKpp()), text(x.getOgrn()),
                    x.getAddress(), e.getIncludedOn(), RegistryEntryLifecycle.label(e.getStatus()), e.getChangedOn(), e.getReason(),
                    e.getServices().stream().sorted(Comparator.comparing(s -> s.getRegistryNumber().value()))
                            .map(s -> new RegistryExtract.ServiceLine(s.getRegistryNumber().formatted(), s.getName())).toList(),
                    programmes.getOrDefault(x.getId(), List.of()).stream().map(p -> new RegistryExtract.ProgrammeLine(p.getName(),
                            p.getService().getRegistryNumber().formatted(), ProgrammeLifecycle.label(p.getStatus()), p.getHours(),
                            p.getPrice())).toList());
        }).toList();
        return new RegistryExtract(authority.getFullName(), LocalDate.now(clock), rows);
    }

    private static String text(Object identifier) {
        return identifier == null ? null : identifier.toString();
    }
}
