package io.connectorexplorer.ui.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A moment as the window says it: "3 Dec 14:02" in this computer's time zone, with the year when not this one. */
public final class Moments {

    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private Moments() {}

    public static String shown(Instant moment) {
        return shown(moment, Clock.systemDefaultZone());
    }

    static String shown(Instant moment, Clock clock) {
        ZonedDateTime at = moment.atZone(clock.getZone());
        boolean thisYear = at.getYear() == ZonedDateTime.now(clock).getYear();
        return (thisYear ? THIS_YEAR : OTHER_YEAR).format(at);
    }
}
