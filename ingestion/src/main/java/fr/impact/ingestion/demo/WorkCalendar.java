package fr.impact.ingestion.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

/** French public holidays, school holidays as the demo simplifies them, and the 2020–2021 closures. */
final class WorkCalendar {

    private static final MonthDay[] FIXED_HOLIDAYS = {
        MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8), MonthDay.of(7, 14),
        MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25),
    };

    private WorkCalendar() {}

    /** A weekday that is not a public holiday: the hub delivers. */
    static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        MonthDay monthDay = MonthDay.from(date);
        for (MonthDay holiday : FIXED_HOLIDAYS) {
            if (holiday.equals(monthDay)) {
                return false;
            }
        }
        LocalDate easter = easterSunday(date.getYear());
        return !date.equals(easter.plusDays(1)) // lundi de Pâques
                && !date.equals(easter.plusDays(39)) // Ascension
                && !date.equals(easter.plusDays(50)); // lundi de Pentecôte
    }

    /** School canteens are closed: all of August, July after the 7th, Christmas, the spring 2020 lockdown. */
    static boolean schoolClosed(LocalDate date) {
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        return month == 8
                || (month == 7 && day > 7)
                || (month == 12 && day > 20)
                || (month == 1 && day < 3)
                || between(date, LocalDate.of(2020, 3, 16), LocalDate.of(2020, 5, 10));
    }

    /** Restaurants and caterers closed by the 2020–2021 lockdowns. */
    static boolean restaurantsClosed(LocalDate date) {
        return between(date, LocalDate.of(2020, 3, 15), LocalDate.of(2020, 6, 1))
                || between(date, LocalDate.of(2020, 10, 30), LocalDate.of(2021, 5, 18));
    }

    /** Company and administration restaurants closed during the first lockdown. */
    static boolean officesClosed(LocalDate date) {
        return between(date, LocalDate.of(2020, 3, 16), LocalDate.of(2020, 5, 31));
    }

    /** The first lockdown, when shops selling local food saw their sales jump. */
    static boolean firstLockdown(LocalDate date) {
        return between(date, LocalDate.of(2020, 3, 16), LocalDate.of(2020, 5, 10));
    }

    private static boolean between(LocalDate date, LocalDate first, LocalDate last) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /** Easter Sunday (Gregorian calendar; anonymous algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
