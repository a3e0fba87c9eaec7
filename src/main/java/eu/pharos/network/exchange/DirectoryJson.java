package eu.pharos.network.exchange;

import eu.pharos.network.HelplineView;
import eu.pharos.network.MemberView;
import eu.pharos.network.OfficeView;
import eu.pharos.network.OpeningHours;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory as JSON: an object with the format name ({@value #FORMAT}), the time of the export
 * and the list of members, every member with its offices, opening hours, holidays and helplines.
 * What Pharos writes it reads back unchanged.
 */
final class DirectoryJson {

  static final String FORMAT = "pharos-directory/1";

  static final Set<String> MEMBER_PROPERTIES =
      Set.of(
          "shortName",
          "name",
          "country",
          "membershipType",
          "status",
          "website",
          "email",
          "phone",
          "summary",
          "timeZone",
          "languages",
          "services",
          "crimeTypes",
          "regions",
          "openingHours",
          "holidays",
          "chatInPharos",
          "contactVerified",
          "offices",
          "helplines");

  static final Set<String> OFFICE_PROPERTIES =
      Set.of(
          "name",
          "street",
          "postcode",
          "city",
          "region",
          "country",
          "latitude",
          "longitude",
          "phone");

  static final Set<String> HELPLINE_PROPERTIES =
      Set.of("number", "harmonised", "languages", "openingHours", "cost", "contactVerified");

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private DirectoryJson() {}

  static void write(List<MemberView> members, Instant exported, OutputStream out) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("exported", exported.toString());
    root.put("members", members.stream().map(DirectoryJson::member).toList());
    MAPPER.writeValue(out, root);
  }

  private static Map<String, Object> member(MemberView m) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("shortName", m.shortName());
    json.put("name", m.name());
    json.put("country", m.countryCode());
    json.put("membershipType", m.membershipType().name());
    json.put("status", m.status().name());
    putIfPresent(json, "website", m.website());
    putIfPresent(json, "email", m.email());
    putIfPresent(json, "phone", m.phone());
    putIfPresent(json, "summary", m.summary());
    json.put("timeZone", m.timeZone().getId());
    json.put("languages", m.languages());
    json.put("services", m.services().stream().map(Enum::name).sorted().toList());
    json.put("crimeTypes", m.crimeTypes().stream().map(Enum::name).sorted().toList());
    json.put("regions", m.regions());
    json.put("openingHours", hours(m.hours()));
    json.put(
        "holidays",
        m.holidays().stream()
            .map(h -> Map.of("date", h.date().toString(), "name", h.name() == null ? "" : h.name()))
            .toList());
    json.put("chatInPharos", m.chatInPharos());
    json.put("contactVerified", m.contactVerified());
    json.put("offices", m.offices().stream().map(DirectoryJson::office).toList());
    json.put("helplines", m.helplines().stream().map(DirectoryJson::helpline).toList());
    return json;
  }

  private static Map<String, Object> hours(OpeningHours hours) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("alwaysOpen", hours.isAlwaysOpen());
    json.put(
        "periods",
        hours.periods().stream()
            .map(
                p ->
                    Map.of(
                        "day",
                        p.day().name(),
                        "opens",
                        p.opens().toString(),
                        "closes",
                        p.closesAtMidnight() ? "24:00" : p.closes().toString()))
            .toList());
    return json;
  }

  private static Map<String, Object> office(OfficeView o) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", o.name());
    putIfPresent(json, "street", o.street());
    putIfPresent(json, "postcode", o.postcode());
    json.put("city", o.city());
    putIfPresent(json, "region", o.region());
    json.put("country", o.countryCode());
    putIfPresent(json, "latitude", o.latitude());
    putIfPresent(json, "longitude", o.longitude());
    putIfPresent(json, "phone", o.phone());
    return json;
  }

  private static Map<String, Object> helpline(HelplineView h) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("number", h.number());
    json.put("harmonised", h.harmonised());
    json.put("languages", h.languages());
    json.put("openingHours", hours(h.hours()));
    json.put("cost", h.cost().name());
    json.put("contactVerified", h.contactVerified());
    return json;
  }

  private static void putIfPresent(Map<String, Object> json, String key, Object value) {
    if (value != null) {
      json.put(key, value);
    }
  }
}
