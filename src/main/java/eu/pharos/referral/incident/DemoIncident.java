package eu.pharos.referral.incident;

import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.identity.ActAs;
import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.referral.IncidentPersonKind;
import eu.pharos.referral.IncidentView;
import eu.pharos.referral.Incidents;
import eu.pharos.referral.NewIncident;
import eu.pharos.referral.NewIncidentPerson;
import eu.pharos.referral.ReferralConsent;
import eu.pharos.referral.ReferralItem;
import eu.pharos.shared.command.CommandRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An incident of the demo network, made through the facades as the people involved would: the
 * secretariat declares a coach crash near Lisbon led by APAV; APAV registers passengers living in
 * Portugal, Germany and France, most with consent to be referred home, and Weisser Ring registers
 * one German passenger it already supports; both write in the coordination log. The batch referrals
 * are left for users to make from the board ("Refer all victims in Germany to …"). After the
 * helpline's and chat's demos; only when the demo network is seeded.
 */
@Component
@Order(70)
class DemoIncident implements ApplicationRunner {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String APAV_ADVISOR = "advisor.apav@pharos.test";
  static final String WR_DE_ADVISOR = "advisor.wr-de@pharos.test";

  private static final Logger log = LoggerFactory.getLogger(DemoIncident.class);

  private final Incidents incidents;
  private final Organisations organisations;
  private final ActAs actAs;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final boolean enabled;

  DemoIncident(
      Incidents incidents,
      Organisations organisations,
      ActAs actAs,
      JdbcTemplate jdbc,
      Clock clock,
      @Value("${pharos.demo}") boolean enabled) {
    this.incidents = incidents;
    this.organisations = organisations;
    this.actAs = actAs;
    this.jdbc = jdbc;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || CommandRunner.isCommand(args.getSourceArgs())) {
      return;
    }
    Integer seeded =
        jdbc.queryForObject(
            "select count(*) from identity_user where email = ?", Integer.class, SECRETARIAT);
    Integer existing = jdbc.queryForObject("select count(*) from referral_incident", Integer.class);
    if (seeded == null || seeded == 0 || (existing != null && existing > 0)) {
      return;
    }
    UUID apav = organisations.findByShortName("APAV").map(OrganisationView::id).orElse(null);
    if (apav == null) {
      return;
    }
    Instant now = clock.instant();
    IncidentView incident =
        actAs.user(
            SECRETARIAT,
            () ->
                incidents.declare(
                    new NewIncident(
                        "Coach crash on the A2 near Almada",
                        "A coach carrying tourists from several countries left the A2 motorway"
                            + " south of Lisbon. Many passengers were injured and taken to hospitals"
                            + " in Almada and Lisbon; some were travelling with relatives.",
                        "A2 motorway, Almada",
                        "PT",
                        now.minus(Duration.ofDays(2)),
                        apav,
                        List.of("pt", "de", "fr", "en"),
                        "If you were on the coach, lost someone in the crash or saw it happen,"
                            + " victim support is free and confidential. Call the organisation"
                            + " of the country where you live, listed below.")));

    actAs.user(
        APAV_ADVISOR,
        () -> {
          register(incident, "Inês Carvalho", "+351 912 000 101", "pt", "PT", true, now);
          register(incident, "Jonas Becker", "+49 151 0000 2020", "de", "DE", true, now);
          register(incident, "Lena Becker", null, "de", "DE", true, now);
          register(incident, "Camille Moreau", "+33 6 00 00 30 30", "fr", "FR", true, now);
          register(incident, "Hugo Moreau", null, "fr", "FR", false, now);
          incidents.addLogEntry(
              incident.id(),
              "APAV coordinates the response on site. Hospitals in Almada and Lisbon have our team's"
                  + " number; passengers living abroad are asked for consent to be referred home.");
          return null;
        });
    actAs.user(
        WR_DE_ADVISOR,
        () -> {
          register(incident, "Matthias Vogel", "+49 170 0000 4040", "de", "DE", true, now);
          incidents.addLogEntry(
              incident.id(),
              "Weisser Ring will take the German passengers once they are home; send referrals to"
                  + " our desk, standard urgency unless someone is alone.");
          return null;
        });
    actAs.user(
        SECRETARIAT,
        () ->
            incidents.addLogEntry(
                incident.id(),
                "Daily coordination call at 10:00 (Lisbon time) with APAV, Weisser Ring and France"
                    + " Victimes until all passengers are home."));
    log.info("Demo incident declared: /incidents/{}", incident.slug());
  }

  private void register(
      IncidentView incident,
      String name,
      String phone,
      String language,
      String country,
      boolean consented,
      Instant now) {
    ReferralConsent consent =
        consented
            ? new ReferralConsent(
                EnumSet.of(
                    ReferralItem.FULL_NAME,
                    ReferralItem.PHONE,
                    ReferralItem.PREFERRED_LANGUAGE,
                    ReferralItem.RESIDENCE_COUNTRY,
                    ReferralItem.CRIME_DATE,
                    ReferralItem.CRIME_PLACE,
                    ReferralItem.CRIME_COUNTRY),
                "Support at home after the coach crash",
                ConsentMethod.VERBAL_IN_PERSON,
                now.minus(Duration.ofHours(20)),
                LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusMonths(3))
            : null;
    incidents.registerPerson(
        incident.id(),
        NewIncidentPerson.newVictim(
            new VictimDetails(name, phone, null, null, null, language, country),
            IncidentPersonKind.VICTIM,
            country,
            language,
            consent));
  }
}
