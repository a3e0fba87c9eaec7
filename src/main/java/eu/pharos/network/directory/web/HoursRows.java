package eu.pharos.network.directory.web;

import eu.pharos.network.InvalidMemberProfile;
import eu.pharos.network.OpeningPeriod;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.BindingResult;

/**
 * Reads the rows of an opening-hours editor into periods, skipping blank rows, and remembers which
 * row each period came from so that a message about a period goes beside its row.
 */
final class HoursRows {

  private final List<OpeningPeriod> periods = new ArrayList<>();
  private final List<Integer> rowOfPeriod = new ArrayList<>();

  static HoursRows read(List<PeriodRow> rows, String property, BindingResult errors) {
    HoursRows read = new HoursRows();
    for (int i = 0; i < rows.size(); i++) {
      PeriodRow row = rows.get(i);
      if (row == null || row.isBlank()) {
        continue;
      }
      String path = property + "[" + i + "].";
      DayOfWeek day = null;
      try {
        day = row.getDay() == null ? null : DayOfWeek.valueOf(row.getDay());
      } catch (IllegalArgumentException unknown) {
        day = null;
      }
      if (day == null) {
        errors.rejectValue(path + "day", "network.error.day", "network.error.day");
      }
      LocalTime opens = PeriodRow.time(row.getOpens());
      if (opens == null
          || opens.equals(LocalTime.MIDNIGHT) && "24:00".equals(row.getOpens().strip())) {
        errors.rejectValue(path + "opens", "network.error.time", "network.error.time");
        opens = null;
      }
      LocalTime closes = PeriodRow.time(row.getCloses());
      if (closes == null) {
        errors.rejectValue(path + "closes", "network.error.time", "network.error.time");
      }
      if (day != null && opens != null && closes != null) {
        read.periods.add(new OpeningPeriod(day, opens, closes));
        read.rowOfPeriod.add(i);
      }
    }
    return read;
  }

  List<OpeningPeriod> periods() {
    return periods;
  }

  /** The form property for a facade problem about "periods[k]" (or with a prefix). */
  String property(String field, String periodsName, String property) {
    int k = FormErrors.index(field, periodsName);
    if (k < 0 || k >= rowOfPeriod.size()) {
      return null;
    }
    return property + "[" + rowOfPeriod.get(k) + "].closes";
  }

  /** Binds the facade's problems; those about a period go beside its row. */
  void bind(InvalidMemberProfile invalid, BindingResult errors, String property) {
    FormErrors.bind(
        invalid,
        errors,
        field -> {
          String row = property(field, "periods", property);
          return row != null ? row : field;
        });
  }
}
