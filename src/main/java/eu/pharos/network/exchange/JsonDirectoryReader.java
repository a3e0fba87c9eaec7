package eu.pharos.network.exchange;

import eu.pharos.network.CallCost;
import eu.pharos.network.Countries;
import eu.pharos.network.CrimeType;
import eu.pharos.network.HelplineDetails;
import eu.pharos.network.MemberStatus;
import eu.pharos.network.MembershipType;
import eu.pharos.network.OfficeView;
import eu.pharos.network.OpeningHours;
import eu.pharos.network.SupportService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the directory's JSON file ({@link DirectoryJson}): the whole profile of every member,
 * offices and helplines included. A member's "line" in the report is its position in the {@code
 * members} array, from 1. Unknown properties are reported rather than ignored, so that a misspelt
 * name does not silently drop a value.
 */
final class JsonDirectoryReader {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Countries countries;

  JsonDirectoryReader(Countries countries) {
    this.countries = countries;
  }

  ReadResult read(String text, IntConsumer progress) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      return failed(
          RowProblem.ofFile(
              "network.exchange.problem.json-malformed",
              at == null ? 0 : at.getLineNr(),
              at == null ? 0 : at.getColumnNr()));
    }
    if (root == null
        || !root.isObject()
        || !DirectoryJson.FORMAT.equals(root.path("format").asString(""))
        || !root.path("members").isArray()) {
      return failed(RowProblem.ofFile("network.exchange.problem.json-shape", DirectoryJson.FORMAT));
    }
    List<ImportedMember> members = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    Map<String, Integer> firstPositionOf = new HashMap<>();
    int position = 0;
    for (JsonNode node : root.path("members")) {
      position++;
      RowReader row = new RowReader(position, countries);
      ImportedMember member = member(node, row);
      String key =
          member == null || member.shortName() == null
              ? null
              : member.shortName().toUpperCase(Locale.ROOT);
      if (key != null && firstPositionOf.containsKey(key)) {
        row.reject("shortName", "network.exchange.problem.duplicate", firstPositionOf.get(key));
      } else if (key != null) {
        firstPositionOf.put(key, position);
      }
      if (row.hasProblems()) {
        problems.addAll(row.problems());
      } else {
        members.add(member);
      }
      progress.accept(position);
    }
    if (position == 0) {
      problems.add(RowProblem.ofFile("network.exchange.problem.no-rows"));
    }
    return new ReadResult(members, problems, position);
  }

  private ImportedMember member(JsonNode node, RowReader row) {
    if (!node.isObject()) {
      row.reject("", "network.exchange.problem.json-member");
      return null;
    }
    unknownProperties(node, DirectoryJson.MEMBER_PROPERTIES, "", row);
    return new ImportedMember(
        row.line(),
        row.required("shortName", text(node, "shortName"), 32),
        row.required("name", text(node, "name"), 200),
        row.country("country", text(node, "country")),
        row.choice(
            "membershipType",
            text(node, "membershipType"),
            MembershipType.class,
            MembershipType.FULL),
        row.choice("status", text(node, "status"), MemberStatus.class, MemberStatus.PENDING),
        row.website("website", text(node, "website")),
        row.email("email", text(node, "email")),
        row.optional("phone", text(node, "phone"), 40),
        row.optional("summary", text(node, "summary"), 2000),
        row.zone("timeZone", text(node, "timeZone")),
        row.languages("languages", list(node, "languages")),
        row.choices("services", list(node, "services"), SupportService.class),
        row.choices("crimeTypes", list(node, "crimeTypes"), CrimeType.class),
        row.texts("regions", list(node, "regions"), 100),
        hours(node.path("openingHours"), "openingHours", row),
        row.holidays("holidays", holidays(node.path("holidays"))),
        row.yesNo("chatInPharos", text(node, "chatInPharos"), false),
        row.yesNo("contactVerified", text(node, "contactVerified"), false),
        offices(node.path("offices"), row),
        helplines(node.path("helplines"), row));
  }

  private OpeningHours hours(JsonNode node, String field, RowReader row) {
    if (node.isMissingNode() || node.isNull()) {
      return OpeningHours.none();
    }
    if (node.path("alwaysOpen").asBoolean(false)) {
      return OpeningHours.alwaysOpen();
    }
    List<String> parts = new ArrayList<>();
    for (JsonNode p : node.path("periods")) {
      String day = p.path("day").asString("");
      String abbreviation = day.length() >= 3 ? day.substring(0, 3) : day;
      parts.add(
          abbreviation + " " + p.path("opens").asString("") + "-" + p.path("closes").asString(""));
    }
    return row.hours(field, String.join("; ", parts));
  }

  private static String holidays(JsonNode node) {
    List<String> items = new ArrayList<>();
    for (JsonNode h : node) {
      items.add(h.path("date").asString("") + " " + h.path("name").asString(""));
    }
    return String.join(RowReader.LIST_SEPARATOR, items);
  }

  private List<OfficeView> offices(JsonNode node, RowReader row) {
    List<OfficeView> offices = new ArrayList<>();
    int index = 0;
    for (JsonNode o : node) {
      String field = "offices[" + index++ + "]";
      unknownProperties(o, DirectoryJson.OFFICE_PROPERTIES, field + ".", row);
      offices.add(
          new OfficeView(
              null,
              row.required(field + ".name", text(o, "name"), 200),
              row.optional(field + ".street", text(o, "street"), 200),
              row.optional(field + ".postcode", text(o, "postcode"), 20),
              row.required(field + ".city", text(o, "city"), 100),
              row.optional(field + ".region", text(o, "region"), 100),
              row.country(field + ".country", text(o, "country")),
              coordinate(o, "latitude", 90, field, row),
              coordinate(o, "longitude", 180, field, row),
              row.optional(field + ".phone", text(o, "phone"), 40)));
    }
    return offices;
  }

  private List<HelplineDetails> helplines(JsonNode node, RowReader row) {
    List<HelplineDetails> helplines = new ArrayList<>();
    int index = 0;
    for (JsonNode h : node) {
      String field = "helplines[" + index++ + "]";
      unknownProperties(h, DirectoryJson.HELPLINE_PROPERTIES, field + ".", row);
      OpeningHours hours = hours(h.path("openingHours"), field + ".openingHours", row);
      row.yesNo(field + ".contactVerified", text(h, "contactVerified"), false);
      helplines.add(
          new HelplineDetails(
              row.required(field + ".number", text(h, "number"), 40),
              row.yesNo(field + ".harmonised", text(h, "harmonised"), false),
              row.languages(field + ".languages", list(h, "languages")),
              hours != null && hours.isAlwaysOpen(),
              hours == null ? List.of() : hours.periods(),
              row.choice(field + ".cost", text(h, "cost"), CallCost.class, CallCost.FREE)));
    }
    return helplines;
  }

  private static Double coordinate(
      JsonNode node, String property, double limit, String field, RowReader row) {
    JsonNode value = node.path(property);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isNumber() || Math.abs(value.asDouble()) > limit) {
      row.reject(field + "." + property, "network.exchange.problem.coordinate", value.asString(""));
      return null;
    }
    return value.asDouble();
  }

  private static void unknownProperties(
      JsonNode node, Set<String> known, String prefix, RowReader row) {
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        row.reject(prefix + name, "network.exchange.problem.property-unknown");
      }
    }
  }

  private static String text(JsonNode node, String property) {
    JsonNode value = node.path(property);
    return value.isValueNode() && !value.isNull() ? value.asString() : null;
  }

  /** An array of strings as one semicolon-separated value, so that {@link RowReader} reads it. */
  private static String list(JsonNode node, String property) {
    List<String> items = new ArrayList<>();
    for (JsonNode item : node.path(property)) {
      items.add(item.asString(""));
    }
    return String.join(RowReader.LIST_SEPARATOR, items);
  }

  private static ReadResult failed(RowProblem problem) {
    return new ReadResult(List.of(), List.of(problem), 0);
  }
}
