package ru.socorder.model.identifier;

/** Thrown when a value cannot be an identifier of its kind; the message is Russian and names what is wrong. */
public class InvalidIdentifierException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidIdentifierException(String message) {
        super(message);
    }
}
