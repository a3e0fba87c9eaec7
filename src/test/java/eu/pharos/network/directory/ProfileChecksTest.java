package eu.pharos.network.directory;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.network.AddMember;
import eu.pharos.network.CallCost;
import eu.pharos.network.HelplineDetails;
import eu.pharos.network.HolidayView;
import eu.pharos.network.MemberDetails;
import eu.pharos.network.MembershipType;
import eu.pharos.network.OfficeDetails;
import eu.pharos.network.OpeningHours;
import eu.pharos.network.OpeningHoursUpdate;
import eu.pharos.network.OpeningPeriod;
import eu.pharos.network.ProfileProblem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileChecksTest {

  static OpeningPeriod period(DayOfWeek day, int opens, int closes) {
    return new OpeningPeriod(
        day, LocalTime.of(opens, 0), closes == 24 ? LocalTime.MIDNIGHT : LocalTime.of(closes, 0));
  }

  @Test
  void aValidNewMemberHasNoProblem() {
    assertThat(
            new ProfileChecks(0)
                .newMember(
                    new AddMember(
                        "Skalbes",
                        "SKALBES",
                        "lv",
                        MembershipType.FULL,
                        "https://skalbes.lv",
                        "info@skalbes.lv",
                        "Europe/Riga"))
                .problems())
        .isEmpty();
  }

  @Test
  void namesEachBadFieldOfANewMember() {
    List<ProfileProblem> problems =
        new ProfileChecks(0)
            .newMember(
                new AddMember(
                    " ", "no/slash", "Portugal", null, "javascript:alert(1)", "a@b", "CET+1"))
            .problems();
    assertThat(problems)
        .extracting(ProfileProblem::field, ProfileProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("name", "network.error.required"),
            org.assertj.core.groups.Tuple.tuple("shortName", "network.error.shortName"),
            org.assertj.core.groups.Tuple.tuple("countryCode", "network.error.country"),
            org.assertj.core.groups.Tuple.tuple("membershipType", "network.error.required"),
            org.assertj.core.groups.Tuple.tuple("website", "network.error.website"),
            org.assertj.core.groups.Tuple.tuple("email", "network.error.email"),
            org.assertj.core.groups.Tuple.tuple("timeZone", "network.error.timeZone"));
  }

  @Test
  void unknownLanguagesAreNamed() {
    List<ProfileProblem> problems =
        new ProfileChecks(0)
            .details(
                "",
                new MemberDetails(
                    null,
                    null,
                    "+351 21 358 79 00",
                    null,
                    "Europe/Lisbon",
                    List.of("pt", "xx", "english"),
                    null,
                    null,
                    null))
            .problems();
    assertThat(problems).extracting(ProfileProblem::value).containsExactly("xx", "english");
  }

  @Test
  void hoursProblemsNameThePeriodAndHolidaysAreChecked() {
    List<ProfileProblem> problems =
        new ProfileChecks(3)
            .hours(
                "hours.",
                new OpeningHoursUpdate(
                    false,
                    List.of(period(DayOfWeek.MONDAY, 9, 17), period(DayOfWeek.MONDAY, 18, 8)),
                    List.of(
                        new HolidayView(LocalDate.of(2026, 12, 25), "Natal"),
                        new HolidayView(LocalDate.of(2026, 12, 25), ""))))
            .problems();
    assertThat(problems)
        .containsExactly(
            new ProfileProblem(
                3, "hours.periods[1]", "network.hours.invalid.END_BEFORE_START", null),
            new ProfileProblem(3, "hours.holidays[1]", "network.error.holidayTwice", "2026-12-25"),
            new ProfileProblem(3, "hours.holidays[1]", "network.error.holidayName", null));
  }

  @Test
  void officesAndHelplinesAreChecked() {
    assertThat(
            new ProfileChecks(0)
                .office("", new OfficeDetails("APAV Porto", null, null, "", null, 95.0, null, "x"))
                .problems())
        .extracting(ProfileProblem::field)
        .containsExactly("city", "latitude", "latitude", "phone");
    assertThat(
            new ProfileChecks(0)
                .helpline(
                    "helplines[0].",
                    new HelplineDetails(
                        "116 006",
                        true,
                        List.of("pt"),
                        false,
                        List.of(period(DayOfWeek.MONDAY, 9, 24)),
                        CallCost.FREE))
                .problems())
        .isEmpty();
  }

  @Test
  void hoursAndHolidaysSurviveTheirColumn() {
    OpeningHours hours =
        OpeningHours.of(
            List.of(period(DayOfWeek.FRIDAY, 20, 24), period(DayOfWeek.SATURDAY, 0, 2)));
    assertThat(Codes.hours(Codes.hours(hours))).isEqualTo(hours);
    assertThat(Codes.hours("FRIDAY 20:00-24:00;SATURDAY 00:00-02:00")).isEqualTo(hours);
    assertThat(Codes.hours(Codes.hours(OpeningHours.alwaysOpen())).isAlwaysOpen()).isTrue();
    List<HolidayView> holidays =
        List.of(new HolidayView(LocalDate.of(2027, 1, 1), "Ano Novo\nsecond line"));
    assertThat(Codes.holidays(Codes.holidays(holidays)))
        .containsExactly(new HolidayView(LocalDate.of(2027, 1, 1), "Ano Novo second line"));
  }
}
