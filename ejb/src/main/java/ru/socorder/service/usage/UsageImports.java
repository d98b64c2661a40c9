package ru.socorder.service.usage;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.socorder.model.certificate.ConsumerContract;
import ru.socorder.model.usage.ContractUsage;
import ru.socorder.model.usage.UsageMonthStatus;
import ru.socorder.model.usage.UsageSource;
import ru.socorder.service.common.BusinessException;
import ru.socorder.service.exchange.RowSink;
import ru.socorder.service.exchange.TableReader;
import ru.socorder.service.job.ImportTarget;
import ru.socorder.service.security.Caller;
import ru.socorder.service.security.CurrentUser;
import ru.socorder.service.security.Rights;

/**
 * «Загрузить из файла»: delivered hours of the executor's contracts through the job mechanism. The preview checks every
 * row as the executor's user ({@link UsageImport}); the job enters each accepted row through
 * {@link DeliveredVolume#enterImported} (its own transaction, the same checks again): entry is naturally idempotent, so
 * a re-run or the same file loaded again enters nothing twice.
 */
@Stateless
public class UsageImports implements ImportTarget {
    public static final String KIND = "USAGE_IMPORT";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private DeliveredVolume volume;

    @EJB
    private UsageLedger usageLedger;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void preview(String fileName, byte[] content, RowSink sink) {
        Caller c = currentUser.get();
        c.require(Rights.Action.CREATE, Rights.of(ContractUsage.class, null, null));
        Map<String, ConsumerContract> contracts = new HashMap<>();
        em.createQuery("select k from ConsumerContract k where k.executor.id = :x", ConsumerContract.class)
                .setParameter("x", c.executorId()).getResultList().forEach(k -> contracts.put(k.getNumber(), k));
        UsageImport.Lookup lookup = new UsageImport.Lookup() {
            @Override
            public UsageImport.Contract contract(String number) {
                ConsumerContract k = contracts.get(number);
                return k == null ? null : new UsageImport.Contract(k.getId(), UsageRules.Terms.of(k));
            }

            @Override
            public UsageRules.Others others(long contractId, YearMonth month) {
                return usageLedger.others(em.getReference(ConsumerContract.class, contractId), month);
            }

            @Override
            public boolean submitted(long contractId, YearMonth month) {
                return em.createQuery("select count(m) from UsageMonth m, ConsumerContract k where k.id = :k and m.executor = k.executor "
                                + "and m.authority = k.authority and m.month = :m and m.status = :s", Long.class)
                        .setParameter("k", contractId).setParameter("m", month.atDay(1)).setParameter("s", UsageMonthStatus.SUBMITTED)
                        .getSingleResult() > 0;
            }
        };
        UsageImport[] reader = new UsageImport[1];
        TableReader.stream(fileName, content, new TableReader.Rows() {
            @Override
            public void header(List<String> headers) {
                reader[0] = new UsageImport(headers, lookup);
            }

            @Override
            public void row(int line, List<String> cells) {
                UsageImport.Checked checked = reader[0].check(line, cells);
                if (checked != null) {
                    sink.accept(checked.row(), checked.draft());
                }
            }
        });
    }

    @Override
    public List<Outcome> write(List<Serializable> drafts) {
        List<Outcome> out = new ArrayList<>(drafts.size());
        for (Serializable d : drafts) {
            UsageImport.Draft draft = (UsageImport.Draft) d;
            try {
                UsageForm f = new UsageForm(draft.month(), List.of(new UsageForm.Row(draft.contractId(), draft.hours())));
                out.add(Outcome.written(volume.enterImported(f).get(0).id()));
            } catch (BusinessException e) {
                out.add(Outcome.refused(e.getMessage()));
            }
        }
        return out;
    }
}
