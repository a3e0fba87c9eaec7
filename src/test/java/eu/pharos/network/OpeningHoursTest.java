package eu.pharos.network;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

  private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  private static OpeningPeriod period(java.time.DayOfWeek day, String opens, String closes) {
    return new OpeningPeriod(day, LocalTime.parse(opens), LocalTime.parse(closes));
  }

  private static final OpeningHours WEEKDAYS =
      OpeningHours.of(
          List.of(
              period(MONDAY, "09:00", "13:00"),
              period(MONDAY, "14:00", "18:00"),
              period(FRIDAY, "09:00", "17:00")));

  private static Instant at(String localDateTime, ZoneId zone) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  @Test
  void openDuringAPeriodUntilItsEnd() {
    // Monday 30 November 2026, 10:00 in Lisbon
    OpenState state = WEEKDAYS.stateAt(at("2026-11-30T10:00", LISBON), LISBON, Set.of());

    assertThat(state.open()).isTrue();
    assertThat(state.closes()).isEqualTo(ZonedDateTime.parse("2026-11-30T13:00Z[Europe/Lisbon]"));
    assertThat(state.changesAt()).contains(at("2026-11-30T13:00", LISBON));
  }

  @Test
  void closedAtLunchOpensAfterIt() {
    OpenState state = WEEKDAYS.stateAt(at("2026-11-30T13:00", LISBON), LISBON, Set.of());

    assertThat(state.open()).isFalse();
    assertThat(state.nextOpening().toLocalDateTime()).hasToString("2026-11-30T14:00");
  }

  @Test
  void closedOnTheWeekendOpensOnMonday() {
    OpenState state = WEEKDAYS.stateAt(at("2026-11-28T12:00", LISBON), LISBON, Set.of());

    assertThat(state.open()).isFalse();
    assertThat(state.nextOpening().toLocalDateTime()).hasToString("2026-11-30T09:00");
  }

  @Test
  void aHolidayClosesTheWholeDay() {
    Set<LocalDate> holidays = Set.of(LocalDate.parse("2026-11-30"));

    OpenState state = WEEKDAYS.stateAt(at("2026-11-30T10:00", LISBON), LISBON, holidays);

    assertThat(state.open()).isFalse();
    assertThat(state.nextOpening().toLocalDateTime()).hasToString("2026-12-04T09:00");
  }

  @Test
  void theOrganisationsTimeZoneDecidesNotTheVisitors() {
    // 08:30 in Lisbon is 10:30 in Helsinki: an office in Helsinki opening at 09:00 is open.
    Instant moment = at("2026-11-30T08:30", LISBON);
    OpeningHours helsinkiDay = OpeningHours.of(List.of(period(MONDAY, "09:00", "17:00")));

    assertThat(helsinkiDay.stateAt(moment, HELSINKI, Set.of()).open()).isTrue();
    assertThat(WEEKDAYS.stateAt(moment, LISBON, Set.of()).open()).isFalse();
    OpenState shown = helsinkiDay.stateAt(moment, HELSINKI, Set.of()).in(LISBON);
    assertThat(shown.closes().toLocalDateTime()).hasToString("2026-11-30T15:00");
  }

  @Test
  void periodsRunningOnAtMidnightJoinUp() {
    OpeningHours weekend =
        OpeningHours.of(
            List.of(period(SATURDAY, "18:00", "00:00"), period(SUNDAY, "00:00", "06:00")));

    OpenState state = weekend.stateAt(at("2026-11-28T23:00", LISBON), LISBON, Set.of());

    assertThat(state.open()).isTrue();
    assertThat(state.closes().toLocalDateTime()).hasToString("2026-11-29T06:00");
  }

  @Test
  void alwaysOpenNeverChanges() {
    OpenState state =
        OpeningHours.alwaysOpen().stateAt(Instant.parse("2026-12-25T03:00:00Z"), LISBON, Set.of());

    assertThat(state.open()).isTrue();
    assertThat(state.alwaysOpen()).isTrue();
    assertThat(state.changesAt()).isEmpty();
  }

  @Test
  void noPeriodsMeansNoNextOpening() {
    OpenState state = OpeningHours.none().stateAt(Instant.now(), LISBON, Set.of());

    assertThat(state.open()).isFalse();
    assertThat(state.nextOpeningAt()).isEmpty();
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRejectedWithItsPosition() {
    assertThatThrownBy(
            () ->
                OpeningHours.of(
                    List.of(period(MONDAY, "09:00", "12:00"), period(FRIDAY, "17:00", "09:00"))))
        .isInstanceOfSatisfying(
            InvalidOpeningHours.class,
            e -> {
              assertThat(e.reason()).isEqualTo(InvalidOpeningHours.Reason.END_BEFORE_START);
              assertThat(e.periodIndex()).isEqualTo(1);
              assertThat(e.messageKey()).isEqualTo("network.hours.invalid.END_BEFORE_START");
            });
    assertThatThrownBy(() -> OpeningHours.of(List.of(period(MONDAY, "09:00", "09:00"))))
        .isInstanceOf(InvalidOpeningHours.class);
  }

  @Test
  void overlappingPeriodsOnOneDayAreRejected() {
    assertThatThrownBy(
            () ->
                OpeningHours.of(
                    List.of(period(MONDAY, "09:00", "13:00"), period(MONDAY, "12:00", "18:00"))))
        .isInstanceOfSatisfying(
            InvalidOpeningHours.class,
            e -> {
              assertThat(e.reason()).isEqualTo(InvalidOpeningHours.Reason.OVERLAP);
              assertThat(e.periodIndex()).isEqualTo(1);
            });
  }

  @Test
  void touchingPeriodsAndTheSameHoursOnOtherDaysAreFine() {
    OpeningHours hours =
        OpeningHours.of(
            List.of(
                period(FRIDAY, "09:00", "13:00"),
                period(FRIDAY, "13:00", "18:00"),
                period(MONDAY, "09:00", "13:00")));

    assertThat(hours.periods())
        .extracting(OpeningPeriod::day)
        .containsExactly(MONDAY, FRIDAY, FRIDAY);
  }

  @Test
  void theTextFormReadsBackAndAcceptsFullDayNames() {
    OpeningHours hours =
        OpeningHours.of(
            List.of(period(FRIDAY, "20:00", "00:00"), period(SATURDAY, "00:00", "02:00")));

    assertThat(hours.toText()).isEqualTo("FRI 20:00-24:00; SAT 00:00-02:00");
    assertThat(OpeningHours.parse(hours.toText())).isEqualTo(hours);
    assertThat(OpeningHours.parse("friday 20:00-24:00;Saturday 0:00-2:00")).isEqualTo(hours);
    assertThat(OpeningHours.parse(" 24/7 ").isAlwaysOpen()).isTrue();
    assertThat(OpeningHours.parse("")).isEqualTo(OpeningHours.none());
  }

  @Test
  void unreadableTextNamesThePartAtFault() {
    assertThatThrownBy(() -> OpeningHours.parse("MON 09:00-17:00; Mondays 9 to 5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Mondays 9 to 5");
    assertThatThrownBy(() -> OpeningHours.parse("MON 09:00-25:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MON 09:00-25:00");
    assertThatThrownBy(() -> OpeningHours.parse("MON 17:00-09:00"))
        .isInstanceOf(InvalidOpeningHours.class);
  }
}
