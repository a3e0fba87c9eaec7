package eu.pharos.network.directory;

import static eu.pharos.network.CrimeType.ASSAULT;
import static eu.pharos.network.CrimeType.BURGLARY_THEFT;
import static eu.pharos.network.CrimeType.CHILD_ABUSE;
import static eu.pharos.network.CrimeType.DOMESTIC_VIOLENCE;
import static eu.pharos.network.CrimeType.FRAUD_CYBERCRIME;
import static eu.pharos.network.CrimeType.HATE_CRIME;
import static eu.pharos.network.CrimeType.HOMICIDE_BEREAVEMENT;
import static eu.pharos.network.CrimeType.ROAD_TRAFFIC;
import static eu.pharos.network.CrimeType.ROBBERY;
import static eu.pharos.network.CrimeType.SEXUAL_VIOLENCE;
import static eu.pharos.network.CrimeType.STALKING_HARASSMENT;
import static eu.pharos.network.CrimeType.TERRORISM;
import static eu.pharos.network.CrimeType.TRAFFICKING;
import static eu.pharos.network.SupportService.COMPENSATION_CLAIMS;
import static eu.pharos.network.SupportService.COURT_ACCOMPANIMENT;
import static eu.pharos.network.SupportService.CROSS_BORDER_SUPPORT;
import static eu.pharos.network.SupportService.FACE_TO_FACE;
import static eu.pharos.network.SupportService.HELPLINE;
import static eu.pharos.network.SupportService.INFORMATION_EMOTIONAL_SUPPORT;
import static eu.pharos.network.SupportService.LEGAL_INFORMATION;
import static eu.pharos.network.SupportService.PRACTICAL_SUPPORT;
import static eu.pharos.network.SupportService.PSYCHOLOGICAL_SUPPORT;
import static eu.pharos.network.SupportService.RESTORATIVE_JUSTICE;
import static eu.pharos.network.SupportService.TERRORISM_VICTIMS;
import static eu.pharos.network.SupportService.WRITTEN_ONLINE_COUNSELLING;

import eu.pharos.network.CallCost;
import eu.pharos.network.CrimeType;
import eu.pharos.network.HelplineDetails;
import eu.pharos.network.HolidayView;
import eu.pharos.network.MemberDetails;
import eu.pharos.network.MemberProfileImport;
import eu.pharos.network.MemberStatus;
import eu.pharos.network.MembershipType;
import eu.pharos.network.OfficeDetails;
import eu.pharos.network.OpeningHoursUpdate;
import eu.pharos.network.OpeningPeriod;
import eu.pharos.network.SupportService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The demo network's member profiles: real websites and plausible hours, and the 116 006 lines that
 * the reference table says each member runs. Every contact detail is "to verify before production".
 * One application waits for the secretariat's approval. APAV answers chats in Pharos.
 */
final class DemoProfiles {

  private static final Set<DayOfWeek> MON_FRI = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  private static final Set<DayOfWeek> SUN_THU =
      EnumSet.of(
          DayOfWeek.SUNDAY,
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY);
  private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
  private static final List<HolidayView> HOLIDAYS =
      List.of(
          new HolidayView(LocalDate.of(2026, 12, 25), "Christmas Day"),
          new HolidayView(LocalDate.of(2027, 1, 1), "New Year's Day"));

  private DemoProfiles() {}

  static List<MemberProfileImport> all() {
    List<MemberProfileImport> all = new ArrayList<>();
    all.add(
        member(
            "APAV",
            MembershipType.FULL,
            "https://apav.pt",
            "apav.sede@apav.pt",
            "Europe/Lisbon",
            List.of("pt", "en"),
            EnumSet.of(
                INFORMATION_EMOTIONAL_SUPPORT,
                HELPLINE,
                FACE_TO_FACE,
                LEGAL_INFORMATION,
                PSYCHOLOGICAL_SUPPORT,
                COURT_ACCOMPANIMENT,
                COMPENSATION_CLAIMS,
                CROSS_BORDER_SUPPORT,
                TERRORISM_VICTIMS),
            EnumSet.allOf(CrimeType.class),
            List.of("Lisboa", "Porto", "Faro"),
            hours(MON_FRI, "09:00", "19:00"),
            List.of(
                new OfficeDetails(
                    "APAV Lisboa",
                    "Rua José Estêvão, 135 A",
                    "1150-201",
                    "Lisboa",
                    "Lisboa",
                    38.7292,
                    -9.1364,
                    null),
                new OfficeDetails(
                    "APAV Porto", null, null, "Porto", "Porto", 41.1579, -8.6291, null)),
            line(List.of("pt", "en"), hours(MON_FRI, "09:00", "21:00"))));
    all.add(
        member(
            "WR-DE",
            MembershipType.FULL,
            "https://weisser-ring.de",
            null,
            "Europe/Berlin",
            List.of("de", "en"),
            EnumSet.of(
                INFORMATION_EMOTIONAL_SUPPORT,
                HELPLINE,
                WRITTEN_ONLINE_COUNSELLING,
                FACE_TO_FACE,
                PRACTICAL_SUPPORT,
                LEGAL_INFORMATION),
            EnumSet.of(
                ASSAULT,
                DOMESTIC_VIOLENCE,
                SEXUAL_VIOLENCE,
                STALKING_HARASSMENT,
                ROBBERY,
                BURGLARY_THEFT,
                FRAUD_CYBERCRIME,
                HOMICIDE_BEREAVEMENT),
            List.of(),
            hours(MON_FRI, "09:00", "17:00"),
            List.of(
                new OfficeDetails(
                    "WEISSER RING Bundesgeschäftsstelle",
                    null,
                    null,
                    "Mainz",
                    "Rheinland-Pfalz",
                    49.9929,
                    8.2473,
                    null)),
            line(List.of("de"), hours(EVERY_DAY, "07:00", "22:00"))));
    all.add(
        member(
            "WR-AT",
            MembershipType.FULL,
            "https://www.weisser-ring.at",
            null,
            "Europe/Vienna",
            List.of("de"),
            EnumSet.of(INFORMATION_EMOTIONAL_SUPPORT, HELPLINE, FACE_TO_FACE, COURT_ACCOMPANIMENT),
            EnumSet.of(ASSAULT, ROBBERY, BURGLARY_THEFT, HOMICIDE_BEREAVEMENT, FRAUD_CYBERCRIME),
            List.of(),
            hours(MON_FRI, "09:00", "16:00"),
            List.of(),
            alwaysOpenLine(List.of("de", "en"))));
    all.add(
        member(
            "HR-VWSS",
            MembershipType.FULL,
            "https://pzs.hr",
            null,
            "Europe/Zagreb",
            List.of("hr", "en"),
            EnumSet.of(INFORMATION_EMOTIONAL_SUPPORT, HELPLINE, COURT_ACCOMPANIMENT),
            EnumSet.of(ASSAULT, DOMESTIC_VIOLENCE, SEXUAL_VIOLENCE, HATE_CRIME),
            List.of(),
            hours(MON_FRI, "08:00", "16:00"),
            List.of(),
            alwaysOpenLine(List.of("hr", "en"))));
    all.add(
        member(
            "BIJELI-KRUG",
            MembershipType.FULL,
            "https://www.bijeli-krug.hr",
            null,
            "Europe/Zagreb",
            List.of("hr"),
            EnumSet.of(INFORMATION_EMOTIONAL_SUPPORT, FACE_TO_FACE, PSYCHOLOGICAL_SUPPORT),
            EnumSet.of(ASSAULT, DOMESTIC_VIOLENCE, ROAD_TRAFFIC, HOMICIDE_BEREAVEMENT),
            List.of(),
            hours(MON_FRI, "09:00", "15:00"),
            List.of()));
    all.add(
        member(
            "CVH-IE",
            MembershipType.FULL,
            "https://www.crimevictimshelpline.ie",
            null,
            "Europe/Dublin",
            List.of("en", "ga"),
            EnumSet.of(INFORMATION_EMOTIONAL_SUPPORT, HELPLINE, WRITTEN_ONLINE_COUNSELLING),
            EnumSet.allOf(CrimeType.class),
            List.of(),
            hours(MON_FRI, "10:00", "17:00"),
            List.of(),
            line(List.of("en"), hours(MON_FRI, "10:00", "19:00"))));
    all.add(
        member(
            "BKB",
            MembershipType.FULL,
            "https://www.bkb.cz",
            null,
            "Europe/Prague",
            List.of("cs"),
            EnumSet.of(INFORMATION_EMOTIONAL_SUPPORT, HELPLINE, FACE_TO_FACE, LEGAL_INFORMATION),
            EnumSet.of(ASSAULT, DOMESTIC_VIOLENCE, ROBBERY, BURGLARY_THEFT, HOMICIDE_BEREAVEMENT),
            List.of(),
            hours(MON_FRI, "09:00", "17:00"),
            List.of(),
            alwaysOpenLine(List.of("cs"))));
    all.add(
        member(
            "OFFER-DK",
            MembershipType.FULL,
            "https://www.offerraadgivning.dk",
            null,
            "Europe/Copenhagen",
            List.of("da", "en"),
            EnumSet.of(INFORMATION_EMOTIONAL_SUPPORT, HELPLINE, LEGAL_INFORMATION),
            EnumSet.of(ASSAULT, ROBBERY, BURGLARY_THEFT, FRAUD_CYBERCRIME, STALKING_HARASSMENT),
            List.of(),
            hours(MON_FRI, "09:00", "16:00"),
            List.of(),
            line(List.of("da"), hours(MON_FRI, "09:00", "21:00"))));
    all.add(
        member(
            "RIKU",
            MembershipType.FULL,
            "https://www.riku.fi",
            null,
            "Europe/Helsinki",
            List.of("fi", "sv", "en"),
            EnumSet.of(
                INFORMATION_EMOTIONAL_SUPPORT,
                HELPLINE,
                WRITTEN_ONLINE_COUNSELLING,
                FACE_TO_FACE,
                COURT_ACCOMPANIMENT),
            EnumSet.of(
                ASSAULT, DOMESTIC_VIOLENCE, SEXUAL_VIOLENCE, STALKING_HARASSMENT, TRAFFICKING),
            List.of(),
            hours(MON_FRI, "09:00", "16:00"),
            List.of(),
            line(List.of("fi", "sv"), hours(MON_FRI, "09:00", "20:00"))));
    all.add(
        member(
            "FV",
            MembershipType.FULL,
            "https://www.france-victimes.fr",
            null,
            "Europe/Paris",
            List.of("fr"),
            EnumSet.of(
                INFORMATION_EMOTIONAL_SUPPORT,
                HELPLINE,
                FACE_TO_FACE,
                LEGAL_INFORMATION,
                PSYCHOLOGICAL_SUPPORT,
                TERRORISM_VICTIMS,
                COMPENSATION_CLAIMS),
            EnumSet.allOf(CrimeType.class),
            List.of(),
            hours(MON_FRI, "09:00", "17:00"),
            List.of(),
            line(List.of("fr"), hours(EVERY_DAY, "09:00", "19:00"))));
    all.add(
        member(
            "SHN",
            MembershipType.FULL,
            "https://www.slachtofferhulp.nl",
            null,
            "Europe/Amsterdam",
            List.of("nl", "en"),
            EnumSet.of(
                INFORMATION_EMOTIONAL_SUPPORT,
                HELPLINE,
                FACE_TO_FACE,
                LEGAL_INFORMATION,
                COMPENSATION_CLAIMS,
                PRACTICAL_SUPPORT),
            EnumSet.allOf(CrimeType.class),
            List.of(),
            hours(MON_FRI, "08:00", "20:00"),
            List.of(),
            line(List.of("nl", "en"), hours(MON_FRI, "08:00", "20:00"))));
    all.add(
        member(
            "SAW",
            MembershipType.FULL,
            "https://www.caw.be",
            null,
            "Europe/Brussels",
            List.of("nl"),
            EnumSet.of(INFORMATION_EMOTIONAL_SUPPORT, FACE_TO_FACE, RESTORATIVE_JUSTICE),
            EnumSet.of(ASSAULT, DOMESTIC_VIOLENCE, BURGLARY_THEFT, ROAD_TRAFFIC),
            List.of("Vlaanderen", "Brussel"),
            hours(MON_FRI, "09:00", "17:00"),
            List.of()));
    all.add(
        member(
            "V-EUROPE",
            MembershipType.ASSOCIATE,
            "https://www.v-europe.org",
            null,
            "Europe/Brussels",
            List.of("fr", "nl", "en"),
            EnumSet.of(INFORMATION_EMOTIONAL_SUPPORT, TERRORISM_VICTIMS, CROSS_BORDER_SUPPORT),
            EnumSet.of(TERRORISM),
            List.of(),
            hours(MON_FRI, "10:00", "16:00"),
            List.of()));
    all.add(
        member(
            "VS-RU",
            MembershipType.FULL,
            "https://victimsupport.ru",
            null,
            "Europe/Moscow",
            List.of("ru"),
            EnumSet.of(INFORMATION_EMOTIONAL_SUPPORT, PSYCHOLOGICAL_SUPPORT),
            EnumSet.of(ASSAULT, DOMESTIC_VIOLENCE, SEXUAL_VIOLENCE, CHILD_ABUSE),
            List.of(),
            hours(MON_FRI, "10:00", "18:00"),
            List.of()));
    all.add(
        member(
            "NATAL",
            MembershipType.PARTNER,
            "https://www.natal.org.il",
            null,
            "Asia/Jerusalem",
            List.of("he", "en", "ar", "ru"),
            EnumSet.of(INFORMATION_EMOTIONAL_SUPPORT, PSYCHOLOGICAL_SUPPORT, TERRORISM_VICTIMS),
            EnumSet.of(TERRORISM, HOMICIDE_BEREAVEMENT),
            List.of(),
            hours(SUN_THU, "09:00", "17:00"),
            List.of()));
    all.add(
        application(
            "BOJ", "Brottsofferjouren Sverige", "SE", "https://www.boj.se", "Europe/Stockholm"));
    return all;
  }

  private static MemberProfileImport member(
      String shortName,
      MembershipType type,
      String website,
      String email,
      String zone,
      List<String> languages,
      Set<SupportService> services,
      Set<CrimeType> crimes,
      List<String> regions,
      List<OpeningPeriod> periods,
      List<OfficeDetails> offices,
      HelplineDetails... helplines) {
    return new MemberProfileImport(
        null,
        null,
        shortName,
        null,
        type,
        MemberStatus.APPROVED,
        new MemberDetails(website, email, null, null, zone, languages, services, crimes, regions),
        new OpeningHoursUpdate(false, periods, HOLIDAYS),
        offices,
        List.of(helplines),
        "APAV".equals(shortName));
  }

  private static MemberProfileImport application(
      String shortName, String name, String country, String website, String zone) {
    return new MemberProfileImport(
        null,
        name,
        shortName,
        country,
        MembershipType.FULL,
        MemberStatus.PENDING,
        new MemberDetails(
            website,
            null,
            null,
            null,
            zone,
            List.of("sv", "en"),
            EnumSet.of(INFORMATION_EMOTIONAL_SUPPORT, HELPLINE, COURT_ACCOMPANIMENT),
            EnumSet.of(ASSAULT, ROBBERY, BURGLARY_THEFT),
            List.of()),
        new OpeningHoursUpdate(false, hours(MON_FRI, "09:00", "16:00"), List.of()),
        List.of(),
        List.of(),
        false);
  }

  private static List<OpeningPeriod> hours(Set<DayOfWeek> days, String opens, String closes) {
    return days.stream()
        .sorted()
        .map(d -> new OpeningPeriod(d, LocalTime.parse(opens), LocalTime.parse(closes)))
        .toList();
  }

  private static HelplineDetails line(List<String> languages, List<OpeningPeriod> periods) {
    return new HelplineDetails("116 006", true, languages, false, periods, CallCost.FREE);
  }

  private static HelplineDetails alwaysOpenLine(List<String> languages) {
    return new HelplineDetails("116 006", true, languages, true, List.of(), CallCost.FREE);
  }
}
