package ru.socorder.service.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fingerprint of an application request (SHA-256, hex) that tells a repetition from a different request under the
 * same Idempotency-Key: the fields as the service reads them (trimmed, the channel in upper case), so the same
 * request sent with other whitespace or field order is the same request.
 */
public final class RequestHash {
    private RequestHash() {
    }

    public static String of(ApplicationForm f) {
        ConsumerForm c = f.getConsumer();
        Stream<Object> consumer = c == null ? Stream.of("-")
                : Stream.of(c.getTerritoryId(), c.getLastName(), c.getFirstName(), c.getMiddleName(), c.getBirthDate(), digits(c.getSnils()),
                        c.getAddress(), c.getCategory(), c.getRepLastName(), c.getRepFirstName(), c.getRepMiddleName(), c.getRepPhone(),
                        c.getRepEmail(), c.getRepDocument(), digits(c.getRepSnils()));
        String canonical = Stream.concat(Stream.of(f.getConsumerId(), f.getServiceId(), f.getStartsOn(),
                        f.getChannel() == null ? "CLERK" : f.getChannel().strip().toUpperCase(Locale.ROOT)), consumer)
                .map(v -> v == null ? "" : Objects.toString(v).strip()).collect(Collectors.joining("\u001f"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String digits(String s) {
        return s == null ? null : s.replaceAll("[^0-9]", "");
    }
}
