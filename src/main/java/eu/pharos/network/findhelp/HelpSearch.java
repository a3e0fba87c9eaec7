package eu.pharos.network.findhelp;

import eu.pharos.network.Directory;
import eu.pharos.network.HelplineView;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberView;
import eu.pharos.network.MembershipType;
import eu.pharos.network.OpenState;
import eu.pharos.network.SupportService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Finds and ranks the help a visitor can get in a country. Reads the public directory only. */
@Service
class HelpSearch {

  /**
   * The ranking, most useful first, compared in this order:
   *
   * <ol>
   *   <li>offers what the visitor asked for (the service, and covers the crime): the others are
   *       shown apart, after them;
   *   <li>speaks the visitor's language: help they cannot understand is little help;
   *   <li>can be reached now (the organisation or one of its helplines is open): someone in crisis
   *       needs an answer today, not on Monday;
   *   <li>runs 116 006: free, anonymous, and its operators refer callers on;
   *   <li>full members before associates and partners: the network vouches for their standards;
   *   <li>then by name, so that the order is stable from one visit to the next.
   * </ol>
   */
  static final Comparator<HelpOffer> RANKING =
      Comparator.comparing(HelpOffer::fits)
          .thenComparing(HelpOffer::speaksLanguage)
          .thenComparing(HelpOffer::openNow)
          .thenComparing(HelpOffer::runsHarmonisedLine)
          .thenComparing(offer -> offer.member().membershipType() == MembershipType.FULL)
          .reversed()
          .thenComparing(offer -> offer.member().name(), String.CASE_INSENSITIVE_ORDER);

  private final Directory directory;
  private final Clock clock;

  HelpSearch(Directory directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  HelpResults search(HelpQuery query) {
    Instant now = clock.instant();
    LocalDate today = now.atZone(query.zone()).toLocalDate();
    List<HelpOffer> offers = new ArrayList<>();
    List<Instant> changes = new ArrayList<>();
    changes.add(today.plusDays(1).atStartOfDay(query.zone()).toInstant());
    for (MemberView member : directory.members(MemberFilter.inCountry(query.country().code()))) {
      offers.add(offer(member, query, now, today, changes));
    }
    offers.sort(RANKING);
    List<HelpOffer> fitting = offers.stream().filter(HelpOffer::fits).toList();
    List<HelpOffer> others = offers.stream().filter(o -> !o.fits()).toList();
    HelplineView harmonised =
        directory.helplines(query.country().code()).stream()
            .filter(HelplineView::harmonised)
            .findFirst()
            .orElse(null);
    List<HelpOffer> crossBorder = List.of();
    if (offers.isEmpty()) {
      HelpQuery abroad =
          new HelpQuery(
              query.country(),
              query.language(),
              null,
              SupportService.CROSS_BORDER_SUPPORT,
              query.zone());
      crossBorder =
          directory.members(MemberFilter.all()).stream()
              .filter(m -> m.services().contains(SupportService.CROSS_BORDER_SUPPORT))
              .map(m -> offer(m, abroad, now, today, changes))
              .sorted(RANKING)
              .toList();
    }
    Instant validUntil = changes.stream().filter(Objects::nonNull).min(Instant::compareTo).get();
    return new HelpResults(
        query.country(), query.zone(), fitting, others, harmonised, crossBorder, validUntil);
  }

  private HelpOffer offer(
      MemberView member, HelpQuery query, Instant now, LocalDate today, List<Instant> changes) {
    OpenState state = member.openStateAt(now);
    state.changesAt().ifPresent(changes::add);
    List<HelpOffer.Line> lines = new ArrayList<>();
    for (HelplineView helpline : member.helplines()) {
      // Helplines answer on public holidays too; the organisation's offices close.
      OpenState lineState = helpline.hours().stateAt(now, member.timeZone(), Set.of());
      lineState.changesAt().ifPresent(changes::add);
      OpenState shown = lineState.in(query.zone());
      lines.add(new HelpOffer.Line(helpline, shown, OpeningLabel.of(shown, today)));
    }
    // 116 006 first among the organisation's lines.
    lines.sort(Comparator.comparing((HelpOffer.Line l) -> !l.helpline().harmonised()));
    boolean fits = offersService(member, query.service()) && coversCrime(member, query);
    boolean speaks =
        query.language() == null
            || member.languages().contains(query.language())
            || member.helplines().stream().anyMatch(h -> h.languages().contains(query.language()));
    boolean openNow = state.open() || lines.stream().anyMatch(l -> l.state().open());
    boolean harmonised = member.helplines().stream().anyMatch(HelplineView::harmonised);
    OpenState shown = state.in(query.zone());
    return new HelpOffer(
        member, fits, speaks, openNow, harmonised, OpeningLabel.of(shown, today), lines);
  }

  private static boolean offersService(MemberView member, SupportService service) {
    if (service == null || member.services().contains(service)) {
      return true;
    }
    // A listed helpline is a helpline service, whatever the profile's list says.
    return service == SupportService.HELPLINE && !member.helplines().isEmpty();
  }

  /** An organisation that lists no crime type is a generic service: it supports every victim. */
  private static boolean coversCrime(MemberView member, HelpQuery query) {
    return query.crime() == null
        || member.crimeTypes().isEmpty()
        || member.crimeTypes().contains(query.crime());
  }
}
