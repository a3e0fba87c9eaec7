package eu.pharos.network;

import java.time.LocalDate;

/** A day the organisation is closed (public holiday), in its own time zone. */
public record HolidayView(LocalDate date, String name) {}
