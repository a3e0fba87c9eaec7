package eu.pharos.network.country;

import eu.pharos.network.Countries;
import eu.pharos.network.CountryView;
import eu.pharos.network.Directory;
import eu.pharos.network.HelplineView;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberView;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The countries as the map and its table show them: the same rows for both, so that they cannot
 * disagree.
 */
@Service
public class CountryOverview {

  /** One country of the table, and of the map when it has an outline. */
  public record Row(
      CountryView country, String name, long members, Coverage coverage, String outline) {

    public String code() {
      return country.code();
    }
  }

  /** A neighbouring territory drawn for context, without a link. */
  public record Background(String code, String outline) {}

  public record Overview(String viewBox, List<Row> rows, List<Background> background) {}

  private final Countries countries;
  private final Directory directory;
  private final EuropeMap map;

  CountryOverview(Countries countries, Directory directory, EuropeMap map) {
    this.countries = countries;
    this.directory = directory;
    this.map = map;
  }

  public Overview overview(Locale locale) {
    Map<String, Long> members = memberCounts();
    Collator collator = Collator.getInstance(locale);
    List<Row> rows = new ArrayList<>();
    for (CountryView country : countries.all()) {
      long count = members.getOrDefault(country.code(), 0L);
      rows.add(
          new Row(
              country,
              country.name(locale),
              count,
              Coverage.of(country, count),
              map.outlines().get(country.code())));
    }
    rows.sort(Comparator.comparing(Row::name, collator));
    List<Background> background =
        map.outlines().entrySet().stream()
            .filter(outline -> countries.find(outline.getKey()).isEmpty())
            .map(outline -> new Background(outline.getKey(), outline.getValue()))
            .sorted(Comparator.comparing(Background::code))
            .toList();
    return new Overview(map.viewBox(), rows, background);
  }

  public long memberCount(String code) {
    return memberCounts().getOrDefault(code, 0L);
  }

  /** Approved members and partners in a country, as the directory lists them. */
  public List<MemberView> members(String code) {
    return directory.members(MemberFilter.inCountry(code));
  }

  /** Helplines of members in a country: what exists where 116 006 does not. */
  public List<HelplineView> helplines(String code) {
    return directory.helplines(code);
  }

  public Map<String, Long> memberCounts() {
    return directory.memberCountByCountry();
  }
}
