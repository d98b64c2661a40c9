package ru.socorder.model.registry;

/** States of an entry of the registry of executors. */
public enum RegistryEntryStatus {
    /** действует */
    ACTIVE,
    /** приостановлена */
    SUSPENDED,
    /** исключён из реестра */
    EXCLUDED
}
