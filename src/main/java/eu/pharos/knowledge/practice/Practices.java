package eu.pharos.knowledge.practice;

import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.CentreActivity;
import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.search.IndexedItem;
import eu.pharos.knowledge.search.KnowledgeIndex;
import eu.pharos.platform.FileRejected;
import eu.pharos.platform.FileStore;
import eu.pharos.platform.StoredFileView;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.StaffUser;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Good practices of a centre: members write them down, with the organisation and country they come
 * from; the author and the centre's moderators change them and add language versions; moderators
 * hide one with a reason. Readers see a practice in their language when it has that version. Every
 * change is indexed for search and recorded in the centre's activity in the same transaction.
 */
@Service
public class Practices {

  static final int TITLE_MAX = 200;
  static final int TEXT_MAX = 10_000;
  static final int CONTACT_MAX = 500;
  static final int REASON_MAX = 500;
  static final String ACTIVITY_KIND = "practice";

  private final PracticeRepository practices;
  private final PracticeTranslationRepository translations;
  private final PracticeAttachmentRepository attachments;
  private final PracticeAdoptionRepository adoptions;
  private final CentreAccess access;
  private final CentreActivity activity;
  private final KnowledgeIndex index;
  private final Organisations organisations;
  private final FileStore files;
  private final Clock clock;

  Practices(
      PracticeRepository practices,
      PracticeTranslationRepository translations,
      PracticeAttachmentRepository attachments,
      PracticeAdoptionRepository adoptions,
      CentreAccess access,
      CentreActivity activity,
      KnowledgeIndex index,
      Organisations organisations,
      FileStore files,
      Clock clock) {
    this.practices = practices;
    this.translations = translations;
    this.attachments = attachments;
    this.adoptions = adoptions;
    this.access = access;
    this.activity = activity;
    this.index = index;
    this.organisations = organisations;
    this.files = files;
    this.clock = clock;
  }

  // --- Reading -----------------------------------------------------------------------------------

  /**
   * The practices of a centre the caller may see, newest first, filtered by country and by a
   * language they are available in (either filter blank for all).
   *
   * @param reader the reader's language: titles are shown in it when a practice has that version
   */
  @Transactional(readOnly = true)
  public PracticeList list(String centreKey, String country, String language, String reader) {
    CentreRef centre = access.read(centreKey);
    List<Practice> visible =
        practices
            .findByCentreIdAndVisibilityInOrderByCreatedAtDesc(centre.id(), visibleTo(centre))
            .stream()
            .filter(p -> !p.hidden() || centre.isModerator() || isAuthor(p))
            .toList();
    List<UUID> ids = visible.stream().map(Practice::id).toList();
    Map<UUID, List<PracticeTranslation>> versions =
        ids.isEmpty()
            ? Map.of()
            : translations.findByPracticeIdIn(ids).stream()
                .collect(Collectors.groupingBy(PracticeTranslation::practiceId));
    Map<UUID, List<AdoptionStatus>> statuses =
        ids.isEmpty()
            ? Map.of()
            : adoptions.findByPracticeIdIn(ids).stream()
                .collect(
                    Collectors.groupingBy(
                        PracticeAdoption::practiceId,
                        Collectors.mapping(PracticeAdoption::status, Collectors.toList())));
    String wantedCountry = code(country, true);
    String wantedLanguage = code(language, false);
    List<PracticeSummary> all =
        visible.stream()
            .map(
                p ->
                    summary(
                        p,
                        versions.getOrDefault(p.id(), List.of()),
                        statuses.getOrDefault(p.id(), List.of()),
                        reader))
            .toList();
    List<String> countries =
        all.stream()
            .map(PracticeSummary::country)
            .filter(Objects::nonNull)
            .distinct()
            .sorted()
            .toList();
    List<String> languages =
        all.stream().flatMap(s -> s.languages().stream()).distinct().sorted().toList();
    List<PracticeSummary> shown =
        all.stream()
            .filter(s -> wantedCountry == null || wantedCountry.equals(s.country()))
            .filter(s -> wantedLanguage == null || s.languages().contains(wantedLanguage))
            .toList();
    return new PracticeList(shown, countries, languages, wantedCountry, wantedLanguage);
  }

  /** The newest practices of a centre the caller may see, hidden ones left out. */
  @Transactional(readOnly = true)
  public List<PracticeSummary> recent(CentreRef centre, int limit, String reader) {
    List<Practice> newest =
        practices.findByCentreIdAndVisibilityInAndHiddenFalseOrderByCreatedAtDesc(
            centre.id(), visibleTo(centre), Limit.of(limit));
    List<UUID> ids = newest.stream().map(Practice::id).toList();
    Map<UUID, List<PracticeTranslation>> versions =
        ids.isEmpty()
            ? Map.of()
            : translations.findByPracticeIdIn(ids).stream()
                .collect(Collectors.groupingBy(PracticeTranslation::practiceId));
    return newest.stream()
        .map(p -> summary(p, versions.getOrDefault(p.id(), List.of()), List.of(), reader))
        .toList();
  }

  /**
   * A practice the caller may see, in {@code wanted} language when it has that version, else in its
   * original.
   *
   * @throws PracticeNotFound for an unknown id, one of another centre, or one the caller may not
   *     see (of a visibility above their standing, or hidden and not theirs to moderate)
   */
  @Transactional(readOnly = true)
  public PracticeView get(String centreKey, UUID id, String wanted) {
    Loaded loaded = load(centreKey, id);
    return view(loaded.centre(), loaded.practice(), wanted);
  }

  /**
   * A practice as anyone may read it at its public address: only a public practice that is not
   * hidden, whoever asks.
   */
  @Transactional(readOnly = true)
  public PracticeView getPublic(String centreKey, UUID id, String wanted) {
    Loaded loaded = loadPublic(centreKey, id);
    PracticeView full = view(loaded.centre(), loaded.practice(), wanted);
    return new PracticeView(
        full.id(),
        full.centreId(),
        full.text(),
        full.original(),
        full.language(),
        full.languages(),
        full.contact(),
        full.visibility(),
        full.organisationId(),
        full.organisationName(),
        full.country(),
        null,
        full.authorName(),
        false,
        null,
        full.createdAt(),
        full.updatedAt(),
        full.version(),
        full.attachments(),
        full.adoptionCounts(),
        List.of(),
        false,
        false,
        false,
        false);
  }

  // --- Changing ----------------------------------------------------------------------------------

  /** A member writes down a practice of their organisation. */
  @Transactional
  public PracticeView create(String centreKey, PracticeInput input) {
    CentreRef centre = access.requireMember(centreKey);
    StaffUser user = signedIn();
    PracticeInput clean = validate(input);
    Optional<OrganisationView> organisation = organisations.find(user.organisationId());
    Practice practice =
        practices.save(
            new Practice(
                centre.id(),
                clean,
                user.organisationId(),
                organisation.map(OrganisationView::name).orElse(""),
                organisation.map(OrganisationView::countryCode).orElse(null),
                user.userId(),
                user.displayName(),
                Instant.now(clock)));
    practices.flush();
    changed(centre, practice, "created");
    return view(centre, practice, clean.language());
  }

  /**
   * The author or a moderator changes a practice, starting from {@code version}.
   *
   * @throws ConcurrentChange when someone saved it since; {@code current()} is the stored practice
   */
  @Transactional
  public PracticeView update(String centreKey, UUID id, PracticeInput input, long version) {
    Loaded loaded = load(centreKey, id);
    CentreRef centre = loaded.centre();
    Practice practice = loaded.practice();
    requireEdit(centre, practice);
    PracticeInput clean = validate(input);
    if (practice.rowVersion() != version) {
      throw new ConcurrentChange(
          practice.rowVersion(), view(centre, practice, practice.language()));
    }
    if (!clean.language().equals(practice.language())
        && translations.findByPracticeIdAndLanguage(id, clean.language()).isPresent()) {
      throw InvalidInput.of("language", "knowledge.practice.error.language-has-version");
    }
    practice.change(clean, Instant.now(clock), access.currentUserId());
    practices.saveAndFlush(practice);
    changed(centre, practice, "edited");
    return view(centre, practice, practice.language());
  }

  /** The author or a moderator gives the practice in another language, or corrects that version. */
  @Transactional
  public PracticeView translate(String centreKey, UUID id, PracticeText text) {
    Loaded loaded = load(centreKey, id);
    CentreRef centre = loaded.centre();
    Practice practice = loaded.practice();
    requireEdit(centre, practice);
    PracticeText clean = validate(text, practice.language());
    Instant now = Instant.now(clock);
    UUID by = access.currentUserId();
    translations
        .findByPracticeIdAndLanguage(id, clean.language())
        .ifPresentOrElse(
            existing -> existing.change(clean, now, by),
            () -> translations.save(new PracticeTranslation(id, clean, now, by)));
    translations.flush();
    activity.record(
        centre.id(),
        ACTIVITY_KIND,
        "translated",
        practice.title(),
        link(centre, practice),
        practice.visibility());
    return view(centre, practice, clean.language());
  }

  /** A moderator hides a practice, saying why; the author and moderators still see it. */
  @Transactional
  public PracticeView hide(String centreKey, UUID id, String reason) {
    Loaded loaded = load(centreKey, id);
    CentreRef centre = loaded.centre();
    Practice practice = loaded.practice();
    if (!centre.isModerator()) {
      throw new AccessDeniedException("Only moderators may hide a practice");
    }
    String clean = strip(reason);
    if (clean.isEmpty()) {
      throw InvalidInput.of("reason", "knowledge.practice.error.reason-required");
    }
    if (clean.length() > REASON_MAX) {
      throw InvalidInput.of("reason", "knowledge.practice.error.too-long", REASON_MAX);
    }
    practice.hide(clean, Instant.now(clock), access.currentUserId());
    index.hide(KnowledgeIndex.KIND_PRACTICE, practice.id(), true);
    activity.record(
        centre.id(),
        ACTIVITY_KIND,
        "hidden",
        practice.title(),
        link(centre, practice),
        Visibility.CENTRE);
    return view(centre, practice, practice.language());
  }

  /** A moderator shows a hidden practice again. */
  @Transactional
  public PracticeView show(String centreKey, UUID id) {
    Loaded loaded = load(centreKey, id);
    CentreRef centre = loaded.centre();
    Practice practice = loaded.practice();
    if (!centre.isModerator()) {
      throw new AccessDeniedException("Only moderators may show a hidden practice");
    }
    practice.show();
    index.hide(KnowledgeIndex.KIND_PRACTICE, practice.id(), false);
    activity.record(
        centre.id(),
        ACTIVITY_KIND,
        "shown",
        practice.title(),
        link(centre, practice),
        practice.visibility());
    return view(centre, practice, practice.language());
  }

  // --- Attachments -------------------------------------------------------------------------------

  /**
   * Attaches a file, stored under the author's organisation: the author, or a moderator of the same
   * organisation, may attach.
   *
   * @throws FileRejected for an empty or oversized file, or a type not allowed
   */
  @Transactional
  public AttachmentView attach(String centreKey, UUID id, String fileName, InputStream content) {
    Loaded loaded = load(centreKey, id);
    CentreRef centre = loaded.centre();
    Practice practice = loaded.practice();
    if (!mayAttach(centre, practice)) {
      throw new AccessDeniedException("Only the author's organisation may attach files");
    }
    StoredFileView stored = files.store(fileName, content);
    PracticeAttachment attachment =
        attachments.save(
            new PracticeAttachment(
                practice.id(),
                stored.id(),
                stored.name(),
                stored.contentType(),
                stored.size(),
                access.currentUserId(),
                Instant.now(clock)));
    activity.record(
        centre.id(),
        ACTIVITY_KIND,
        "attached",
        practice.title(),
        link(centre, practice),
        practice.visibility());
    return attachment.view();
  }

  /** Removes an attachment and its file: the author's organisation, as for attaching. */
  @Transactional
  public void removeAttachment(String centreKey, UUID id, UUID attachmentId) {
    Loaded loaded = load(centreKey, id);
    if (!mayAttach(loaded.centre(), loaded.practice())) {
      throw new AccessDeniedException("Only the author's organisation may remove files");
    }
    PracticeAttachment attachment = attachmentOf(loaded.practice(), attachmentId);
    attachments.delete(attachment);
    files.delete(attachment.fileId());
    activity.record(
        loaded.centre().id(),
        ACTIVITY_KIND,
        "edited",
        loaded.practice().title(),
        link(loaded.centre(), loaded.practice()),
        loaded.practice().visibility());
  }

  /** Opens an attachment of a practice the caller may see. */
  @Transactional(readOnly = true)
  public AttachmentDownload open(String centreKey, UUID id, UUID attachmentId) {
    return download(load(centreKey, id).practice(), attachmentId);
  }

  /** Opens an attachment of a public practice, whoever asks. */
  @Transactional(readOnly = true)
  public AttachmentDownload openPublic(String centreKey, UUID id, UUID attachmentId) {
    return download(loadPublic(centreKey, id).practice(), attachmentId);
  }

  // --- For the other parts of the module ---------------------------------------------------------

  /** Describes a practice to the search index again, as every change does. */
  IndexedItem indexed(CentreRef centre, Practice practice) {
    return new IndexedItem(
        KnowledgeIndex.KIND_PRACTICE,
        practice.id(),
        practice.centreId(),
        practice.visibility(),
        practice.hidden(),
        practice.title(),
        practice.body(),
        practice.language(),
        practice.country(),
        practice.organisationId(),
        link(centre, practice),
        practice.updatedAt());
  }

  static String link(CentreRef centre, Practice practice) {
    return "/app/centres/" + centre.slug() + "/practices/" + practice.id();
  }

  record Loaded(CentreRef centre, Practice practice) {}

  Loaded load(String centreKey, UUID id) {
    CentreRef centre = access.read(centreKey);
    Practice practice =
        (id == null ? Optional.<Practice>empty() : practices.findById(id))
            .filter(p -> p.centreId().equals(centre.id()))
            .filter(p -> maySee(centre, p))
            .orElseThrow(() -> new PracticeNotFound(id));
    return new Loaded(centre, practice);
  }

  boolean isAuthor(Practice practice) {
    return practice.authorId().equals(access.currentUserId());
  }

  // --- Inside ------------------------------------------------------------------------------------

  private Loaded loadPublic(String centreKey, UUID id) {
    CentreRef centre = access.read(centreKey);
    Practice practice =
        (id == null ? Optional.<Practice>empty() : practices.findById(id))
            .filter(p -> p.centreId().equals(centre.id()))
            .filter(p -> p.visibility() == Visibility.PUBLIC && !p.hidden())
            .orElseThrow(() -> new PracticeNotFound(id));
    return new Loaded(centre, practice);
  }

  private boolean maySee(CentreRef centre, Practice practice) {
    if (!centre.maySee(practice.visibility())) {
      return false;
    }
    return !practice.hidden() || centre.isModerator() || isAuthor(practice);
  }

  private boolean mayEdit(CentreRef centre, Practice practice) {
    return centre.isModerator() || (centre.isMember() && isAuthor(practice));
  }

  private boolean mayAttach(CentreRef centre, Practice practice) {
    Optional<StaffUser> user = access.currentUser();
    return mayEdit(centre, practice)
        && user.isPresent()
        && user.get().organisationId().equals(practice.organisationId());
  }

  private void requireEdit(CentreRef centre, Practice practice) {
    if (!mayEdit(centre, practice)) {
      throw new AccessDeniedException("Only the author or a moderator may change a practice");
    }
  }

  private void changed(CentreRef centre, Practice practice, String action) {
    index.put(indexed(centre, practice));
    activity.record(
        centre.id(),
        ACTIVITY_KIND,
        action,
        practice.title(),
        link(centre, practice),
        practice.visibility());
  }

  private AttachmentDownload download(Practice practice, UUID attachmentId) {
    PracticeAttachment attachment = attachmentOf(practice, attachmentId);
    StoredFileView file =
        files
            .findShared(attachment.fileId())
            .orElseThrow(() -> new PracticeNotFound(practice.id()));
    return new AttachmentDownload(
        file.name(), file.contentType(), file.size(), files.openShared(file.id()));
  }

  private PracticeAttachment attachmentOf(Practice practice, UUID attachmentId) {
    return (attachmentId == null
            ? Optional.<PracticeAttachment>empty()
            : attachments.findById(attachmentId))
        .filter(a -> a.practiceId().equals(practice.id()))
        .orElseThrow(() -> new PracticeNotFound(attachmentId));
  }

  private PracticeView view(CentreRef centre, Practice practice, String wanted) {
    List<PracticeTranslation> versions =
        translations.findByPracticeIdOrderByLanguage(practice.id());
    PracticeText original = practice.text();
    PracticeText shown =
        versions.stream()
            .filter(v -> v.language().equals(wanted))
            .map(PracticeTranslation::text)
            .findFirst()
            .orElse(original);
    List<PracticeAdoption> all = adoptions.findByPracticeIdOrderByRequestedAt(practice.id());
    boolean edit = mayEdit(centre, practice);
    UUID organisationId = access.currentUser().map(StaffUser::organisationId).orElse(null);
    List<AdoptionView> readable =
        all.stream()
            .filter(a -> edit || a.organisationId().equals(organisationId))
            .map(PracticeAdoption::view)
            .toList();
    boolean mayAsk =
        centre.isMember()
            && !practice.hidden()
            && organisationId != null
            && !organisationId.equals(practice.organisationId())
            && all.stream().noneMatch(a -> a.organisationId().equals(organisationId));
    return new PracticeView(
        practice.id(),
        practice.centreId(),
        shown,
        original,
        practice.language(),
        languages(practice, versions),
        practice.contact(),
        practice.visibility(),
        practice.organisationId(),
        practice.organisationName(),
        practice.country(),
        practice.authorId(),
        practice.authorName(),
        practice.hidden(),
        practice.hiddenReason(),
        practice.createdAt(),
        practice.updatedAt(),
        practice.rowVersion(),
        attachments.findByPracticeIdOrderByAddedAt(practice.id()).stream()
            .map(PracticeAttachment::view)
            .toList(),
        AdoptionCounts.of(all.stream().map(PracticeAdoption::status).toList()),
        readable,
        edit,
        centre.isModerator(),
        mayAttach(centre, practice),
        mayAsk);
  }

  private PracticeSummary summary(
      Practice practice,
      List<PracticeTranslation> versions,
      List<AdoptionStatus> statuses,
      String reader) {
    PracticeText shown =
        versions.stream()
            .filter(v -> v.language().equals(reader))
            .map(PracticeTranslation::text)
            .findFirst()
            .orElse(practice.text());
    return new PracticeSummary(
        practice.id(),
        practice.centreId(),
        shown.title(),
        shown.language(),
        practice.language(),
        languages(practice, versions),
        practice.visibility(),
        practice.organisationName(),
        practice.country(),
        practice.authorName(),
        practice.hidden(),
        practice.createdAt(),
        practice.updatedAt(),
        AdoptionCounts.of(statuses));
  }

  private static List<String> languages(Practice practice, List<PracticeTranslation> versions) {
    Set<String> codes = new LinkedHashSet<>();
    codes.add(practice.language());
    versions.stream()
        .map(PracticeTranslation::language)
        .sorted(Comparator.naturalOrder())
        .forEach(codes::add);
    return List.copyOf(codes);
  }

  private static List<Visibility> visibleTo(CentreRef centre) {
    return Arrays.stream(Visibility.values()).filter(centre::maySee).toList();
  }

  private PracticeInput validate(PracticeInput input) {
    List<Problem> problems = new ArrayList<>();
    PracticeText text =
        checkText(
            new PracticeText(
                input.language(),
                input.title(),
                input.problem(),
                input.practice(),
                input.resources(),
                input.results()),
            problems);
    String contact = strip(input.contact());
    if (contact.length() > CONTACT_MAX) {
      problems.add(Problem.of("contact", "knowledge.practice.error.too-long", CONTACT_MAX));
    }
    if (input.visibility() == null) {
      problems.add(Problem.of("visibility", "knowledge.practice.error.visibility-required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new PracticeInput(
        text.title(),
        text.problem(),
        text.practice(),
        text.resources(),
        text.results(),
        contact.isEmpty() ? null : contact,
        input.visibility(),
        text.language());
  }

  private PracticeText validate(PracticeText text, String originalLanguage) {
    List<Problem> problems = new ArrayList<>();
    PracticeText clean = checkText(text, problems);
    if (problems.isEmpty() && clean.language().equals(originalLanguage)) {
      problems.add(Problem.of("language", "knowledge.practice.error.language-original"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return clean;
  }

  /** Checks the text fields of the original or a language version, adding what is wrong. */
  private static PracticeText checkText(PracticeText text, List<Problem> problems) {
    String language = strip(text.language()).toLowerCase(Locale.ROOT);
    if (language.isEmpty()) {
      problems.add(Problem.of("language", "knowledge.practice.error.language-required"));
    } else if (!isLanguage(language)) {
      problems.add(Problem.of("language", "knowledge.practice.error.language-unknown"));
    }
    String title = required(text.title(), "title", TITLE_MAX, problems);
    String problem = required(text.problem(), "problem", TEXT_MAX, problems);
    String practice = required(text.practice(), "practice", TEXT_MAX, problems);
    String resources = optional(text.resources(), "resources", problems);
    String results = optional(text.results(), "results", problems);
    return new PracticeText(language, title, problem, practice, resources, results);
  }

  private static String required(String value, String field, int max, List<Problem> problems) {
    String clean = strip(value);
    if (clean.isEmpty()) {
      problems.add(Problem.of(field, "knowledge.practice.error." + field + "-required"));
    } else if (clean.length() > max) {
      problems.add(Problem.of(field, "knowledge.practice.error.too-long", max));
    }
    return clean;
  }

  private static String optional(String value, String field, List<Problem> problems) {
    String clean = strip(value);
    if (clean.length() > TEXT_MAX) {
      problems.add(Problem.of(field, "knowledge.practice.error.too-long", TEXT_MAX));
    }
    return clean.isEmpty() ? null : clean;
  }

  static boolean isLanguage(String code) {
    return code.matches("[a-z]{2}")
        && !Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).equals(code);
  }

  /** A country or language code from a filter: upper case for a country; null when blank. */
  private static String code(String value, boolean country) {
    String clean = strip(value);
    if (clean.isEmpty() || clean.length() > 3) {
      return null;
    }
    return country ? clean.toUpperCase(Locale.ROOT) : clean.toLowerCase(Locale.ROOT);
  }

  static String strip(String value) {
    return value == null ? "" : value.strip();
  }

  private StaffUser signedIn() {
    return access
        .currentUser()
        .orElseThrow(() -> new AccessDeniedException("Sign in to share a practice"));
  }
}
