package ru.socorder.service.registry;

import ru.socorder.model.registry.RegistryEntryStatus;
import ru.socorder.service.audit.RecordKind;
import ru.socorder.service.lifecycle.Lifecycle;

/**
 * An entry of the registry of executors: created ACTIVE when an application is included; suspended and resumed,
 * excluded and re-included by the clerks of the authority that keeps the registry — each change with its basis (the
 * comment) and date. The whole history is the entry's transition log.
 */
public final class RegistryEntryLifecycle {

    /** Actions, as the API names them. */
    public enum Action {
        SUSPEND, RESUME, EXCLUDE, REINCLUDE
    }

    /** @param keeper a clerk of the authority that keeps the registry */
    public record Actor(boolean keeper) {
    }

    private static final String KEEPER = "Реестр исполнителей ведёт специалист уполномоченного органа";

    public static final Lifecycle<RegistryEntryStatus, Action, Actor> TABLE = Lifecycle
            .<RegistryEntryStatus, Action, Actor>of("запись реестра", RegistryEntryStatus.class, Action.class,
                    RegistryEntryLifecycle::label, RegistryEntryLifecycle::label)
            .step(Action.SUSPEND).from(RegistryEntryStatus.ACTIVE).to(RegistryEntryStatus.SUSPENDED).by(Actor::keeper, KEEPER)
            .commentRequired("Укажите основание приостановления")
            .step(Action.RESUME).from(RegistryEntryStatus.SUSPENDED).to(RegistryEntryStatus.ACTIVE).by(Actor::keeper, KEEPER)
            .step(Action.EXCLUDE).from(RegistryEntryStatus.ACTIVE, RegistryEntryStatus.SUSPENDED).to(RegistryEntryStatus.EXCLUDED)
            .by(Actor::keeper, KEEPER).commentRequired("Укажите основание исключения из реестра")
            .step(Action.REINCLUDE).from(RegistryEntryStatus.EXCLUDED).to(RegistryEntryStatus.ACTIVE).by(Actor::keeper, KEEPER)
            .commentRequired("Укажите основание повторного включения")
            .build();

    /** The record type in the transition log. */
    public static final String RECORD = RecordKind.REGISTRY_ENTRY.code();

    private RegistryEntryLifecycle() {
    }

    public static String label(RegistryEntryStatus s) {
        return switch (s) {
            case ACTIVE -> "действует";
            case SUSPENDED -> "приостановлена";
            case EXCLUDED -> "исключён из реестра";
        };
    }

    public static String label(Action a) {
        return switch (a) {
            case SUSPEND -> "приостановить";
            case RESUME -> "возобновить";
            case EXCLUDE -> "исключить из реестра";
            case REINCLUDE -> "включить повторно";
        };
    }
}
