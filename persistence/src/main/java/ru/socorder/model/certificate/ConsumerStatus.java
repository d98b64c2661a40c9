package ru.socorder.model.certificate;

/** A consumer is registered, or held for the clerk as a probable duplicate of another one. */
public enum ConsumerStatus {
    REGISTERED, HELD
}
