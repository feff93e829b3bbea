package org.warrant.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;

/**
 * Dates as the user reads them, in the server's time zone. English ones are Gregorian; Persian ones are on the Solar
 * Hijri calendar Iran uses ("۱۴ آذر ۱۴۰۵"), which java.time lacks, so ICU4J writes them. One per view: ICU's
 * formats are not to be shared between threads.
 */
public final class Dates {

    private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");

    private final DateTimeFormatter gregorian;
    private final @Nullable DateFormat solarHijri;

    private Dates(DateTimeFormatter gregorian, @Nullable DateFormat solarHijri) {
        this.gregorian = gregorian;
        this.solarHijri = solarHijri;
    }

    /** A pattern of java.time's and ICU's shared letters ("d MMM yyyy, HH:mm"), in the user's language. */
    public static Dates pattern(String pattern) {
        Locale locale = Text.locale();
        return new Dates(DateTimeFormatter.ofPattern(pattern, locale).withDecimalStyle(DecimalStyle.of(locale)).withZone(ZoneId.systemDefault()),
                Translations.rightToLeft(locale) ? new SimpleDateFormat(pattern.replace(',', '،'), PERSIAN) : null); // Persian comma
    }

    /** A medium date with a short time, as the user's language writes them. */
    public static Dates dateAndTime() {
        Locale locale = Text.locale();
        return new Dates(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withDecimalStyle(DecimalStyle.of(locale)).withZone(ZoneId.systemDefault()),
                Translations.rightToLeft(locale) ? DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, PERSIAN) : null);
    }

    /** An instant, a zoned date-time or a day. */
    public String format(TemporalAccessor when) {
        if (solarHijri == null) {
            return gregorian.format(when);
        }
        Instant instant = when.isSupported(ChronoField.INSTANT_SECONDS) ? Instant.from(when)
                : LocalDate.from(when).atStartOfDay(ZoneId.systemDefault()).toInstant();
        return solarHijri.format(Date.from(instant));
    }
}
