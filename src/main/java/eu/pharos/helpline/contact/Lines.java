package eu.pharos.helpline.contact;

import eu.pharos.network.Directory;
import eu.pharos.network.HelplineView;
import eu.pharos.network.MemberView;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The current organisation as the network directory knows it: its helplines (such as its 116 006
 * number), its languages and its time zone.
 */
@Component
public class Lines {

  /** Where an organisation without a directory profile counts its days. */
  static final ZoneId FALLBACK_ZONE = ZoneId.of("Europe/Brussels");

  private final Directory directory;

  Lines(Directory directory) {
    this.directory = directory;
  }

  /** The organisation's helplines, the EU-harmonised 116 006 line first. */
  public List<HelplineView> helplines() {
    return member()
        .map(
            m ->
                m.helplines().stream()
                    .sorted(
                        java.util.Comparator.comparing((HelplineView h) -> !h.harmonised())
                            .thenComparing(HelplineView::number))
                    .toList())
        .orElse(List.of());
  }

  public Optional<HelplineView> helpline(UUID id) {
    return helplines().stream().filter(h -> h.id().equals(id)).findFirst();
  }

  /** The organisation's 116 006 line, if it runs one. */
  public Optional<HelplineView> harmonisedLine() {
    return helplines().stream().filter(HelplineView::harmonised).findFirst();
  }

  /** ISO 639-1 codes of the languages the organisation supports victims in. */
  public List<String> languages() {
    return member().map(MemberView::languages).orElse(List.of());
  }

  public ZoneId zone() {
    return member().map(MemberView::timeZone).orElse(FALLBACK_ZONE);
  }

  private Optional<MemberView> member() {
    return directory.member(TenantContext.current());
  }
}
