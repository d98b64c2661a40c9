package ru.socorder.service.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an extract from the registry of executors states, read from the entities once (plain data, so the printer is
 * tested without a container): the authority, the date of the extract and one row per entry.
 */
public record RegistryExtract(String authority, LocalDate on, List<Row> rows) {

    /** A certified (or suspended) programme of the executor. */
    public record ProgrammeLine(String name, String registryNumber, String status, BigDecimal hours, BigDecimal price) {
    }

    /** A service the executor is included for. */
    public record ServiceLine(String registryNumber, String name) {
    }

    /** An entry: number, executor, identifiers, address, dates, status and its latest basis, services, programmes. */
    public record Row(int number, String executor, String inn, String kpp, String ogrn, String address, LocalDate includedOn,
                      String status, LocalDate changedOn, String reason, List<ServiceLine> services, List<ProgrammeLine> programmes) {
    }
}
