package ru.socorder.service.certificate;

import java.io.Serializable;
import java.time.LocalDate;
import ru.socorder.model.certificate.Consumer;
import ru.socorder.model.certificate.ConsumerStatus;

/**
 * A consumer as every list shows it: the СНИЛС masked ({@code ***-***-789 01}), no address, no representative; a held
 * record names its candidate the same way. Full data only through {@link Consumers#get}, audited.
 */
public record ConsumerRow(long id, long version, String fullName, LocalDate birthDate, String maskedSnils, Long territoryId,
                          String territoryName, ConsumerStatus status, String category, Candidate candidate) implements Serializable {

    /** The existing consumer a held one probably duplicates. */
    public record Candidate(long id, String fullName, LocalDate birthDate, String maskedSnils) implements Serializable {
    }

    public static ConsumerRow of(Consumer c) {
        Consumer d = c.getDuplicateOf();
        return new ConsumerRow(c.getId(), c.getVersion(), c.getFullName(), c.getBirthDate(), c.getMaskedSnils(), c.getTerritory().getId(),
                c.getTerritory().getName(), c.getStatus(), c.getCategory(),
                d == null ? null : new Candidate(d.getId(), d.getFullName(), d.getBirthDate(), d.getMaskedSnils()));
    }

    public String statusLabel() {
        return status == ConsumerStatus.HELD ? "проверка дубликата" : "зарегистрирован";
    }
}
