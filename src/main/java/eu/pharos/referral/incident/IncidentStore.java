package eu.pharos.referral.incident;

import eu.pharos.helpline.ConsentMethod;
import eu.pharos.referral.IncidentPersonKind;
import eu.pharos.referral.IncidentPersonStatus;
import eu.pharos.referral.IncidentStatus;
import eu.pharos.referral.ReferralItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The incident tables, read and written with SQL: incidents are network-wide, so their rows carry
 * no tenant column and who may read what is decided by the service, not by the tenant filter.
 */
@Repository
class IncidentStore {

  private final JdbcClient jdbc;

  IncidentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record IncidentRow(
      UUID id,
      String slug,
      String title,
      String summary,
      String place,
      String countryCode,
      Instant occurredAt,
      UUID leadOrganisationId,
      List<String> languages,
      String publicMessage,
      IncidentStatus status,
      UUID declaredBy,
      String declaredByName,
      UUID declaringOrganisationId,
      Instant declaredAt,
      Instant closedAt,
      long version) {}

  /** A registered person; the consent's purpose still sealed. */
  record PersonRow(
      UUID id,
      UUID incidentId,
      UUID organisationId,
      UUID victimId,
      IncidentPersonKind kind,
      String residenceCountry,
      String language,
      Set<ReferralItem> consentItems,
      String consentPurposeSealed,
      ConsentMethod consentMethod,
      Instant consentGivenAt,
      LocalDate consentValidUntil,
      UUID referralId,
      IncidentPersonStatus status,
      Instant registeredAt) {

    boolean consented() {
      return !consentItems.isEmpty();
    }
  }

  record LogRow(UUID id, UUID organisationId, String authorName, String body, Instant writtenAt) {}

  void insert(IncidentRow row) {
    jdbc.sql(
            "insert into referral_incident (id, slug, title, summary, place, country_code,"
                + " occurred_at, lead_organisation_id, languages, public_message, status,"
                + " declared_by, declared_by_name, declaring_organisation_id, declared_at,"
                + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
        .params(
            row.id(),
            row.slug(),
            row.title(),
            row.summary(),
            row.place(),
            row.countryCode(),
            at(row.occurredAt()),
            row.leadOrganisationId(),
            String.join(",", row.languages()),
            row.publicMessage(),
            row.status().name(),
            row.declaredBy(),
            row.declaredByName(),
            row.declaringOrganisationId(),
            at(row.declaredAt()))
        .update();
  }

  boolean slugTaken(String slug) {
    return jdbc.sql("select count(*) from referral_incident where slug = ?")
            .param(slug)
            .query(Long.class)
            .single()
        > 0;
  }

  Optional<IncidentRow> find(UUID id) {
    return jdbc.sql("select * from referral_incident where id = ?")
        .param(id)
        .query(IncidentStore::incident)
        .optional();
  }

  Optional<IncidentRow> findBySlug(String slug) {
    return jdbc.sql("select * from referral_incident where slug = ?")
        .param(slug)
        .query(IncidentStore::incident)
        .optional();
  }

  List<IncidentRow> all() {
    return jdbc.sql(
            "select * from referral_incident order by case when status = 'OPEN' then 0 else 1 end,"
                + " declared_at desc")
        .query(IncidentStore::incident)
        .list();
  }

  /** Closes the incident if it is still at {@code expectedVersion}; false otherwise. */
  boolean close(UUID id, long expectedVersion, Instant at) {
    return jdbc.sql(
                "update referral_incident set status = 'CLOSED', closed_at = ?, version = version"
                    + " + 1 where id = ? and version = ? and status = 'OPEN'")
            .params(at(at), id, expectedVersion)
            .update()
        == 1;
  }

  void insert(PersonRow row, UUID registeredBy, String keyId) {
    jdbc.sql(
            "insert into referral_incident_person (id, incident_id, organisation_id, victim_id,"
                + " kind, residence_country, language, consent_items, consent_purpose_sealed,"
                + " consent_method, consent_given_at, consent_valid_until, key_id, referral_id,"
                + " status, registered_by, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, null, ?, ?, ?)")
        .params(
            row.id(),
            row.incidentId(),
            row.organisationId(),
            row.victimId(),
            row.kind().name(),
            row.residenceCountry(),
            row.language(),
            row.consented()
                ? row.consentItems().stream().map(Enum::name).sorted().collect(joining())
                : null,
            row.consentPurposeSealed(),
            row.consentMethod() == null ? null : row.consentMethod().name(),
            at(row.consentGivenAt()),
            row.consentValidUntil(),
            keyId,
            row.status().name(),
            registeredBy,
            at(row.registeredAt()))
        .update();
  }

  boolean registered(UUID incidentId, UUID organisationId, UUID victimId) {
    return jdbc.sql(
                "select count(*) from referral_incident_person where incident_id = ? and"
                    + " organisation_id = ? and victim_id = ?")
            .params(incidentId, organisationId, victimId)
            .query(Long.class)
            .single()
        > 0;
  }

  List<PersonRow> persons(UUID incidentId) {
    return jdbc.sql(
            "select * from referral_incident_person where incident_id = ? order by"
                + " residence_country, registered_at, id")
        .param(incidentId)
        .query(IncidentStore::person)
        .list();
  }

  List<PersonRow> persons(UUID incidentId, UUID organisationId, String residenceCountry) {
    return jdbc.sql(
            "select * from referral_incident_person where incident_id = ? and organisation_id = ?"
                + " and residence_country = ? order by registered_at, id")
        .params(incidentId, organisationId, residenceCountry)
        .query(IncidentStore::person)
        .list();
  }

  List<String> residenceCountries(UUID incidentId) {
    return jdbc.sql(
            "select distinct residence_country from referral_incident_person where incident_id = ?"
                + " order by residence_country")
        .param(incidentId)
        .query(String.class)
        .list();
  }

  /** The person, row-locked until the transaction ends, so a batch refers them at most once. */
  PersonRow lock(UUID personId) {
    return jdbc.sql("select * from referral_incident_person where id = ? for update")
        .param(personId)
        .query(IncidentStore::person)
        .single();
  }

  void referred(UUID personId, UUID referralId) {
    jdbc.sql(
            "update referral_incident_person set referral_id = ?, status = 'REFERRED' where id = ?")
        .params(referralId, personId)
        .update();
  }

  /** The person's status follows their referral; a withdrawn referral frees them. */
  int followReferral(UUID referralId, IncidentPersonStatus status) {
    if (status == IncidentPersonStatus.REGISTERED) {
      return jdbc.sql(
              "update referral_incident_person set referral_id = null, status = 'REGISTERED'"
                  + " where referral_id = ?")
          .param(referralId)
          .update();
    }
    // Changes are heard asynchronously and may arrive out of order: a referral only moves forward
    // (referred, in support, then closed or declined), so a status never goes back.
    List<String> earlier =
        Arrays.stream(IncidentPersonStatus.values())
            .filter(s -> s != IncidentPersonStatus.REGISTERED && step(s) < step(status))
            .map(Enum::name)
            .toList();
    if (earlier.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            "update referral_incident_person set status = :status where referral_id = :referral"
                + " and status in (:earlier)")
        .param("status", status.name())
        .param("referral", referralId)
        .param("earlier", earlier)
        .update();
  }

  private static int step(IncidentPersonStatus status) {
    return switch (status) {
      case REGISTERED -> 0;
      case REFERRED -> 1;
      case IN_SUPPORT -> 2;
      case CLOSED, DECLINED -> 3;
    };
  }

  /** The victim withdrew consent: it is no longer kept to send again. */
  void forgetConsent(UUID referralId) {
    jdbc.sql(
            "update referral_incident_person set consent_items = null, consent_purpose_sealed ="
                + " null, consent_method = null, consent_given_at = null, consent_valid_until ="
                + " null, key_id = null where referral_id = ?")
        .param(referralId)
        .update();
  }

  void insert(UUID incidentId, LogRow row, UUID authorId) {
    jdbc.sql(
            "insert into referral_incident_log_entry (id, incident_id, organisation_id, author_id,"
                + " author_name, body, written_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            row.id(),
            incidentId,
            row.organisationId(),
            authorId,
            row.authorName(),
            row.body(),
            at(row.writtenAt()))
        .update();
  }

  List<LogRow> log(UUID incidentId) {
    return jdbc.sql(
            "select * from referral_incident_log_entry where incident_id = ? order by written_at,"
                + " id")
        .param(incidentId)
        .query(
            (rs, n) ->
                new LogRow(
                    rs.getObject("id", UUID.class),
                    rs.getObject("organisation_id", UUID.class),
                    rs.getString("author_name"),
                    rs.getString("body"),
                    instant(rs, "written_at")))
        .list();
  }

  private static IncidentRow incident(ResultSet rs, int n) throws SQLException {
    return new IncidentRow(
        rs.getObject("id", UUID.class),
        rs.getString("slug"),
        rs.getString("title"),
        rs.getString("summary"),
        rs.getString("place"),
        rs.getString("country_code"),
        instant(rs, "occurred_at"),
        rs.getObject("lead_organisation_id", UUID.class),
        List.of(rs.getString("languages").split(",")),
        rs.getString("public_message"),
        IncidentStatus.valueOf(rs.getString("status")),
        rs.getObject("declared_by", UUID.class),
        rs.getString("declared_by_name"),
        rs.getObject("declaring_organisation_id", UUID.class),
        instant(rs, "declared_at"),
        instant(rs, "closed_at"),
        rs.getLong("version"));
  }

  private static PersonRow person(ResultSet rs, int n) throws SQLException {
    String items = rs.getString("consent_items");
    String method = rs.getString("consent_method");
    return new PersonRow(
        rs.getObject("id", UUID.class),
        rs.getObject("incident_id", UUID.class),
        rs.getObject("organisation_id", UUID.class),
        rs.getObject("victim_id", UUID.class),
        IncidentPersonKind.valueOf(rs.getString("kind")),
        rs.getString("residence_country"),
        rs.getString("language"),
        items == null || items.isBlank()
            ? Set.of()
            : Arrays.stream(items.split(","))
                .map(ReferralItem::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReferralItem.class))),
        rs.getString("consent_purpose_sealed"),
        method == null ? null : ConsentMethod.valueOf(method),
        instant(rs, "consent_given_at"),
        rs.getObject("consent_valid_until", LocalDate.class),
        rs.getObject("referral_id", UUID.class),
        IncidentPersonStatus.valueOf(rs.getString("status")),
        instant(rs, "registered_at"));
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(",");
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
