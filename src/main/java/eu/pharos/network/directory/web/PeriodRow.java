package eu.pharos.network.directory.web;

import eu.pharos.network.OpeningPeriod;
import java.time.LocalTime;

/** One row of the opening-hours editor: a day, an opening and a closing time as typed. */
public class PeriodRow {

  private String day;
  private String opens;
  private String closes;

  public PeriodRow() {}

  static PeriodRow of(OpeningPeriod period) {
    PeriodRow row = new PeriodRow();
    row.day = period.day().name();
    row.opens = period.opens().toString();
    row.closes = period.closesAtMidnight() ? "24:00" : period.closes().toString();
    return row;
  }

  boolean isBlank() {
    return blank(day) && blank(opens) && blank(closes);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** "9:00", "09:00", "9.00" or "24:00" (midnight, the end of the day); null if not a time. */
  static LocalTime time(String text) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    if (value.equals("24:00")) {
      return LocalTime.MIDNIGHT;
    }
    if (value.matches("\\d{1,2}[:.h]\\d{2}")) {
      int hour = Integer.parseInt(value.substring(0, value.length() - 3));
      int minute = Integer.parseInt(value.substring(value.length() - 2));
      if (hour < 24 && minute < 60) {
        return LocalTime.of(hour, minute);
      }
    }
    return null;
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getOpens() {
    return opens;
  }

  public void setOpens(String opens) {
    this.opens = opens;
  }

  public String getCloses() {
    return closes;
  }

  public void setCloses(String closes) {
    this.closes = closes;
  }
}
