package ru.socorder.service.certificate.enrolment;

import java.io.Serializable;
import java.time.LocalDate;

/** A contract as the public check shows it to a parent: who, what, when — nothing about the child or the money. */
public record PublicContract(String executor, String programme, LocalDate startsOn, LocalDate endsOn, String status,
                             LocalDate terminatedOn) implements Serializable {
}
