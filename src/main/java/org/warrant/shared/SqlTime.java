package org.warrant.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * An instant as a JDBC parameter for a {@code TIMESTAMP WITH TIME ZONE} column. H2 takes {@link Instant} itself;
 * PostgreSQL's driver does not, and both take an {@link OffsetDateTime}, here always in UTC.
 */
public final class SqlTime {

    private SqlTime() {
    }

    public static OffsetDateTime of(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static @Nullable OffsetDateTime ofNullable(@Nullable Instant instant) {
        return instant == null ? null : of(instant);
    }
}
