package ru.socorder.service.system;

import java.util.Locale;

/** The databases the application supports. */
public enum DatabaseKind {
    /** embedded H2 file database: demo mode */
    H2,
    POSTGRESQL,
    OTHER;

    public static DatabaseKind fromProductName(String productName) {
        String p = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (p.contains("h2")) {
            return H2;
        }
        if (p.contains("postgres")) {
            return POSTGRESQL;
        }
        return OTHER;
    }
}
