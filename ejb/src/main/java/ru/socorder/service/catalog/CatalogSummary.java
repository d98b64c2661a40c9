package ru.socorder.service.catalog;

import java.io.Serializable;

/** Counts of reference records for the home dashboard. */
public record CatalogSummary(long territories, long directions, long authorities, long services, long executors, long units)
        implements Serializable {
}
