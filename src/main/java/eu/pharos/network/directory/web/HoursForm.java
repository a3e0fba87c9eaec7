package eu.pharos.network.directory.web;

import eu.pharos.network.HolidayView;
import eu.pharos.network.MemberView;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.BindingResult;

/** The opening-hours editor: rows of day, opening and closing time; holidays; "always open". */
public class HoursForm {

  static final int BLANK_ROWS = 3;

  private boolean alwaysOpen;
  private List<PeriodRow> rows = new ArrayList<>();
  private List<HolidayRow> holidays = new ArrayList<>();

  static HoursForm of(MemberView member) {
    HoursForm form = new HoursForm();
    form.alwaysOpen = member.hours().isAlwaysOpen();
    member.hours().periods().forEach(p -> form.rows.add(PeriodRow.of(p)));
    member.holidays().forEach(h -> form.holidays.add(HolidayRow.of(h)));
    return form.withBlankRows();
  }

  /** Room to add periods and holidays without JavaScript. */
  HoursForm withBlankRows() {
    for (int i = 0; i < BLANK_ROWS; i++) {
      rows.add(new PeriodRow());
    }
    holidays.add(new HolidayRow());
    holidays.add(new HolidayRow());
    return this;
  }

  /** The holidays typed; a message beside each row that is not a date with a name. */
  List<HolidayView> holidayViews(BindingResult errors) {
    List<HolidayView> views = new ArrayList<>();
    for (int i = 0; i < holidays.size(); i++) {
      HolidayRow row = holidays.get(i);
      if (row == null || row.isBlank()) {
        continue;
      }
      LocalDate date = null;
      try {
        date = LocalDate.parse(row.getDate().strip());
      } catch (DateTimeParseException | NullPointerException e) {
        errors.rejectValue(
            "holidays[" + i + "].date", "network.error.holidayDate", "network.error.holidayDate");
      }
      if (row.getName() == null || row.getName().isBlank()) {
        errors.rejectValue(
            "holidays[" + i + "].name", "network.error.holidayName", "network.error.holidayName");
      }
      if (date != null && row.getName() != null && !row.getName().isBlank()) {
        views.add(new HolidayView(date, row.getName().strip()));
      }
    }
    return views;
  }

  public boolean isAlwaysOpen() {
    return alwaysOpen;
  }

  public void setAlwaysOpen(boolean alwaysOpen) {
    this.alwaysOpen = alwaysOpen;
  }

  public List<PeriodRow> getRows() {
    return rows;
  }

  public void setRows(List<PeriodRow> rows) {
    this.rows = rows;
  }

  public List<HolidayRow> getHolidays() {
    return holidays;
  }

  public void setHolidays(List<HolidayRow> holidays) {
    this.holidays = holidays;
  }

  /** One public holiday row. */
  public static class HolidayRow {
    private String date;
    private String name;

    public HolidayRow() {}

    static HolidayRow of(HolidayView holiday) {
      HolidayRow row = new HolidayRow();
      row.date = holiday.date().toString();
      row.name = holiday.name();
      return row;
    }

    boolean isBlank() {
      return (date == null || date.isBlank()) && (name == null || name.isBlank());
    }

    public String getDate() {
      return date;
    }

    public void setDate(String date) {
      this.date = date;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }
  }
}
