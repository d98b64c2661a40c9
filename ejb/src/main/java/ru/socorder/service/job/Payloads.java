package ru.socorder.service.job;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * The checked draft of a job row as bytes in {@code job_row.payload}. Only the application's own classes and the JDK's
 * are read back (a filter refuses anything else), and graphs stay small.
 */
final class Payloads {
    static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;maxrefs=10000;maxbytes=1048576;ru.socorder.**;java.lang.*;java.util.*;java.math.*;java.time.*;!*");

    private Payloads() {
    }

    static byte[] write(Serializable draft) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(draft);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Serializable read(byte[] payload) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
            in.setObjectInputFilter(FILTER);
            return (Serializable) in.readObject();
        } catch (InvalidClassException e) {
            throw new IllegalStateException("A job row holds a class that may not be read back: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
