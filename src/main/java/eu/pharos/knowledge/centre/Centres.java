package eu.pharos.knowledge.centre;

import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.identity.Role;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.platform.Notifications;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.StaffUser;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening centres and their membership: organisations and people join (at once, on request, or by
 * invitation), moderators decide requests and invite, members leave.
 */
@Service
public class Centres {

  static final int NAME_MAX = 200;
  static final int TOPIC_MAX = 200;
  static final int PURPOSE_MAX = 4000;
  static final int NOTE_MAX = 500;
  private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

  private final CentreRepository centres;
  private final MembershipRepository memberships;
  private final CentreAccess access;
  private final CentreActivity activity;
  private final Organisations organisations;
  private final Users users;
  private final Notifications notifications;
  private final Clock clock;

  Centres(
      CentreRepository centres,
      MembershipRepository memberships,
      CentreAccess access,
      CentreActivity activity,
      Organisations organisations,
      Users users,
      Notifications notifications,
      Clock clock) {
    this.centres = centres;
    this.memberships = memberships;
    this.access = access;
    this.activity = activity;
    this.organisations = organisations;
    this.users = users;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** A centre in a list, with the caller's standing and how many people and organisations. */
  public record CentreListing(CentreView centre, Standing standing, long members) {}

  /** A person who may be named in a centre (mentioned, invited to a meeting, given an action). */
  public record Person(UUID userId, UUID organisationId, String displayName, String organisation) {}

  /** A centre's short name and name, for naming it beside what it holds. */
  public record CentreName(UUID id, String slug, String name) {}

  /**
   * Every centre's short name and name by id, in one query: for search results and facets, which
   * name centres and need nothing else of them.
   */
  @Transactional(readOnly = true)
  public Map<UUID, CentreName> names() {
    return centres.findAllByOrderByName().stream()
        .collect(
            Collectors.toMap(
                Centre::id,
                c -> new CentreName(c.id(), c.slug(), c.name()),
                (a, b) -> a,
                LinkedHashMap::new));
  }

  @Transactional(readOnly = true)
  public List<CentreListing> list() {
    Map<UUID, String> names = organisationNames();
    List<Centre> all = centres.findAllByOrderByName();
    Map<UUID, Long> counts =
        memberships
            .findByCentreIdInAndStatus(
                all.stream().map(Centre::id).toList(), MembershipStatus.ACTIVE)
            .stream()
            .collect(Collectors.groupingBy(Membership::centreId, Collectors.counting()));
    return all.stream()
        .map(
            c ->
                new CentreListing(
                    c.view(names.get(c.view(null).leadOrganisationId())),
                    access.standingIn(c.id()),
                    counts.getOrDefault(c.id(), 0L)))
        .toList();
  }

  @Transactional(readOnly = true)
  public CentreView view(CentreRef centre) {
    Centre found = centres.findById(centre.id()).orElseThrow(() -> CentreNotFound.forKey(centre));
    CentreView plain = found.view(null);
    return found.view(organisationName(plain.leadOrganisationId()));
  }

  /** Opens a centre; the lead organisation is its first member. Only the secretariat. */
  @Transactional
  public CentreView open(CentreDetails details) {
    access.requireSecretariat();
    CentreDetails clean = validate(details);
    Instant now = Instant.now(clock);
    UUID by = access.currentUserId();
    Centre centre = centres.save(new Centre(uniqueSlug(clean.name()), clean, now, by));
    OrganisationView lead = organisations.find(clean.leadOrganisationId()).orElseThrow();
    memberships.save(
        new Membership(
            centre.id(), lead.id(), null, lead.name(), MembershipStatus.ACTIVE, null, now, by));
    activity.record(
        centre.id(),
        "centre",
        "opened",
        centre.name(),
        "/app/centres/" + centre.slug(),
        Visibility.PUBLIC);
    return centre.view(lead.name());
  }

  /** Changes what a centre says of itself: the secretariat or its moderators. */
  @Transactional
  public CentreView change(String key, CentreDetails details, long version) {
    CentreRef ref = access.requireModerator(key);
    CentreDetails clean = validate(details);
    Centre centre = centres.findForUpdate(ref.id()).orElseThrow(() -> CentreNotFound.forKey(key));
    if (centre.rowVersion() != version) {
      throw new ConcurrentChange(
          centre.rowVersion(),
          centre.view(organisationName(centre.view(null).leadOrganisationId())));
    }
    centre.change(clean, Instant.now(clock), access.currentUserId());
    activity.record(
        centre.id(),
        "centre",
        "changed",
        centre.name(),
        "/app/centres/" + centre.slug(),
        Visibility.PUBLIC);
    return centre.view(organisationName(clean.leadOrganisationId()));
  }

  /** The centre's members; requests and invitations only for moderators. */
  @Transactional(readOnly = true)
  public List<MemberView> members(CentreRef centre) {
    if (!centre.standing().atLeast(Standing.NETWORK)) {
      return List.of();
    }
    Map<UUID, String> names = organisationNames();
    UUID me = access.currentUserId();
    return memberships.findByCentreIdOrderByDisplayName(centre.id()).stream()
        .filter(m -> m.isActive() || centre.isModerator() || (me != null && me.equals(m.userId())))
        .map(m -> m.view(names.get(m.organisationId())))
        .sorted(
            Comparator.comparing((MemberView m) -> m.status() != MembershipStatus.ACTIVE)
                .reversed()
                .thenComparing(m -> m.role() != MemberRole.MODERATOR)
                .thenComparing(MemberView::isPerson)
                .thenComparing(MemberView::displayName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /**
   * The caller's own rows in a centre: their membership or invitation, and their organisation's
   * (which its admins may act on).
   */
  @Transactional(readOnly = true)
  public List<MemberView> mine(CentreRef centre) {
    Optional<StaffUser> user = access.currentUser();
    if (user.isEmpty()) {
      return List.of();
    }
    Map<UUID, String> names = organisationNames();
    return memberships
        .findAffecting(centre.id(), user.get().userId(), user.get().organisationId())
        .stream()
        .map(m -> m.view(names.get(m.organisationId())))
        .toList();
  }

  /** Invitations waiting for the caller or (for an organisation admin) their organisation. */
  @Transactional(readOnly = true)
  public List<CentreView> invitationsForMe() {
    Optional<StaffUser> user = access.currentUser();
    if (user.isEmpty()) {
      return List.of();
    }
    boolean orgAdmin = hasRole(user.get(), Role.ORG_ADMIN);
    return memberships.findAffecting(user.get().userId(), user.get().organisationId()).stream()
        .filter(m -> m.status() == MembershipStatus.INVITED && (m.isPerson() || orgAdmin))
        .map(m -> centres.findById(m.centreId()).orElseThrow().view(null))
        .distinct()
        .toList();
  }

  /**
   * The caller joins in person: at once in an open centre, as a request in one that takes members
   * on request (its moderators are told). A centre by invitation only is refused.
   */
  @Transactional
  public MemberView join(String key, String note) {
    StaffUser user = signedIn();
    CentreRef ref = access.read(key);
    Centre centre = centres.findForUpdate(ref.id()).orElseThrow();
    Optional<Membership> existing = memberships.findByCentreIdAndUserId(centre.id(), user.userId());
    if (existing.isPresent()) {
      throw InvalidInput.of("membership", "knowledge.membership.error.already");
    }
    return admit(centre, user.organisationId(), user.userId(), user.displayName(), note);
  }

  /** An organisation admin brings their whole organisation into a centre, on its join policy. */
  @Transactional
  public MemberView joinOrganisation(String key, String note) {
    StaffUser user = signedIn();
    requireRole(user, Role.ORG_ADMIN);
    CentreRef ref = access.read(key);
    Centre centre = centres.findForUpdate(ref.id()).orElseThrow();
    if (memberships
        .findByCentreIdAndOrganisationIdAndUserIdIsNull(centre.id(), user.organisationId())
        .isPresent()) {
      throw InvalidInput.of("membership", "knowledge.membership.error.already");
    }
    return admit(
        centre, user.organisationId(), null, organisationName(user.organisationId()), note);
  }

  private MemberView admit(
      Centre centre, UUID organisationId, UUID userId, String displayName, String note) {
    String cleanNote = cleanNote(note);
    Instant now = Instant.now(clock);
    UUID by = access.currentUserId();
    MembershipStatus status =
        switch (centre.joinPolicy()) {
          case OPEN -> MembershipStatus.ACTIVE;
          case ON_REQUEST -> MembershipStatus.REQUESTED;
          case INVITATION ->
              throw InvalidInput.of("membership", "knowledge.membership.error.invitation-only");
        };
    Membership membership =
        memberships.save(
            new Membership(
                centre.id(), organisationId, userId, displayName, status, cleanNote, now, by));
    if (status == MembershipStatus.ACTIVE) {
      activity.record(
          centre.id(),
          "member",
          "joined",
          displayName,
          "/app/centres/" + centre.slug() + "/members",
          Visibility.NETWORK);
    } else {
      for (UUID moderator : moderatorIds(centre.id())) {
        notifications.notify(
            moderator,
            "knowledge.notification.join-requested",
            List.of(displayName, centre.name()),
            "/app/centres/" + centre.slug() + "/members");
      }
    }
    return membership.view(organisationName(organisationId));
  }

  /** A moderator accepts or declines a request to join. */
  @Transactional
  public void decide(String key, UUID membershipId, boolean accept) {
    CentreRef centre = access.requireModerator(key);
    Membership membership = membershipIn(centre, membershipId);
    if (membership.status() != MembershipStatus.REQUESTED) {
      throw InvalidInput.of("membership", "knowledge.membership.error.not-requested");
    }
    if (accept) {
      membership.activate(Instant.now(clock), access.currentUserId());
      activity.record(
          centre.id(),
          "member",
          "joined",
          membership.view(null).displayName(),
          "/app/centres/" + centre.slug() + "/members",
          Visibility.NETWORK);
    } else {
      memberships.delete(membership);
    }
    for (UUID recipient : recipientsOf(membership)) {
      notifications.notify(
          recipient,
          accept
              ? "knowledge.notification.request-accepted"
              : "knowledge.notification.request-declined",
          List.of(centre.name()),
          "/app/centres/" + centre.slug());
    }
  }

  /** A moderator invites a person of the network by e-mail address. */
  @Transactional
  public MemberView invitePerson(String key, String email) {
    CentreRef centre = access.requireModerator(key);
    String clean = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (clean.isEmpty()) {
      throw InvalidInput.of("email", "knowledge.membership.error.email-required");
    }
    UserView invitee =
        users.activeWith(EVERY_ROLE).stream()
            .filter(u -> u.email().equalsIgnoreCase(clean))
            .findFirst()
            .orElseThrow(() -> InvalidInput.of("email", "knowledge.membership.error.no-such-user"));
    if (memberships.findByCentreIdAndUserId(centre.id(), invitee.id()).isPresent()) {
      throw InvalidInput.of("email", "knowledge.membership.error.already");
    }
    Membership membership =
        memberships.save(
            new Membership(
                centre.id(),
                invitee.organisationId(),
                invitee.id(),
                invitee.displayName(),
                MembershipStatus.INVITED,
                null,
                Instant.now(clock),
                access.currentUserId()));
    notifications.notify(
        invitee.id(),
        "knowledge.notification.invited",
        List.of(centre.name()),
        "/app/centres/" + centre.slug());
    return membership.view(organisationName(invitee.organisationId()));
  }

  /** A moderator invites a whole organisation; its admins accept for it. */
  @Transactional
  public MemberView inviteOrganisation(String key, UUID organisationId) {
    CentreRef centre = access.requireModerator(key);
    OrganisationView organisation =
        (organisationId == null
                ? Optional.<OrganisationView>empty()
                : organisations.find(organisationId))
            .orElseThrow(
                () ->
                    InvalidInput.of(
                        "organisationId", "knowledge.membership.error.no-such-organisation"));
    if (memberships
        .findByCentreIdAndOrganisationIdAndUserIdIsNull(centre.id(), organisation.id())
        .isPresent()) {
      throw InvalidInput.of("organisationId", "knowledge.membership.error.already");
    }
    Membership membership =
        memberships.save(
            new Membership(
                centre.id(),
                organisation.id(),
                null,
                organisation.name(),
                MembershipStatus.INVITED,
                null,
                Instant.now(clock),
                access.currentUserId()));
    for (UserView admin : users.activeIn(organisation.id(), Set.of(Role.ORG_ADMIN))) {
      notifications.notify(
          admin.id(),
          "knowledge.notification.organisation-invited",
          List.of(organisation.name(), centre.name()),
          "/app/centres/" + centre.slug());
    }
    return membership.view(organisation.name());
  }

  /**
   * A moderator adds an organisation that agreed to take part (at a meeting, by letter) as a member
   * at once; its admins are told.
   */
  @Transactional
  public MemberView addOrganisation(String key, UUID organisationId) {
    CentreRef centre = access.requireModerator(key);
    OrganisationView organisation = organisationFor(organisationId);
    Optional<Membership> existing =
        memberships.findByCentreIdAndOrganisationIdAndUserIdIsNull(centre.id(), organisation.id());
    if (existing.isPresent() && existing.get().isActive()) {
      throw InvalidInput.of("organisationId", "knowledge.membership.error.already");
    }
    Instant now = Instant.now(clock);
    UUID by = access.currentUserId();
    Membership membership =
        existing.orElseGet(
            () ->
                new Membership(
                    centre.id(),
                    organisation.id(),
                    null,
                    organisation.name(),
                    MembershipStatus.ACTIVE,
                    null,
                    now,
                    by));
    membership.activate(now, by);
    memberships.save(membership);
    activity.record(
        centre.id(),
        "member",
        "joined",
        organisation.name(),
        "/app/centres/" + centre.slug() + "/members",
        Visibility.NETWORK);
    for (UserView admin : users.activeIn(organisation.id(), Set.of(Role.ORG_ADMIN))) {
      notifications.notify(
          admin.id(),
          "knowledge.notification.organisation-added",
          List.of(organisation.name(), centre.name()),
          "/app/centres/" + centre.slug());
    }
    return membership.view(organisation.name());
  }

  /** The invitee (or their organisation's admin) accepts or declines an invitation. */
  @Transactional
  public void answerInvitation(String key, UUID membershipId, boolean accept) {
    StaffUser user = signedIn();
    CentreRef centre = access.read(key);
    Membership membership = membershipIn(centre, membershipId);
    boolean mine =
        membership.isPerson()
            ? membership.userId().equals(user.userId())
            : membership.organisationId().equals(user.organisationId())
                && hasRole(user, Role.ORG_ADMIN);
    if (!mine) {
      throw new MembershipNotFound(membershipId);
    }
    if (membership.status() != MembershipStatus.INVITED) {
      throw InvalidInput.of("membership", "knowledge.membership.error.not-invited");
    }
    if (accept) {
      membership.activate(Instant.now(clock), user.userId());
      activity.record(
          centre.id(),
          "member",
          "joined",
          membership.view(null).displayName(),
          "/app/centres/" + centre.slug() + "/members",
          Visibility.NETWORK);
    } else {
      memberships.delete(membership);
    }
  }

  /**
   * Ends a membership: a person leaves, an organisation admin takes their organisation out, a
   * moderator removes a member.
   */
  @Transactional
  public void remove(String key, UUID membershipId) {
    StaffUser user = signedIn();
    CentreRef centre = access.read(key);
    Membership membership = membershipIn(centre, membershipId);
    boolean own =
        membership.isPerson()
            ? membership.userId().equals(user.userId())
            : membership.organisationId().equals(user.organisationId())
                && hasRole(user, Role.ORG_ADMIN);
    if (!own && !centre.isModerator()) {
      throw new AccessDeniedException("Only the member or a moderator may end a membership");
    }
    memberships.delete(membership);
    activity.record(
        centre.id(),
        "member",
        own ? "left" : "removed",
        membership.view(null).displayName(),
        "/app/centres/" + centre.slug() + "/members",
        Visibility.NETWORK);
  }

  /** A moderator makes a member in person a moderator, or a moderator a member again. */
  @Transactional
  public void setRole(String key, UUID membershipId, MemberRole role) {
    CentreRef centre = access.requireModerator(key);
    Membership membership = membershipIn(centre, membershipId);
    if (!membership.isPerson() || !membership.isActive() || role == null) {
      throw InvalidInput.of("role", "knowledge.membership.error.role");
    }
    membership.role(role, Instant.now(clock), access.currentUserId());
    activity.record(
        centre.id(),
        "member",
        role == MemberRole.MODERATOR ? "moderator" : "member",
        membership.view(null).displayName(),
        "/app/centres/" + centre.slug() + "/members",
        Visibility.NETWORK);
  }

  /**
   * The people who are members of a centre, in person or through their organisation, by name: whom
   * a post may mention, a meeting invite or an action name.
   */
  @Transactional(readOnly = true)
  public List<Person> people(UUID centreId) {
    Map<UUID, String> names = organisationNames();
    Map<UUID, Person> people = new LinkedHashMap<>();
    List<Membership> active =
        memberships.findByCentreIdOrderByDisplayName(centreId).stream()
            .filter(Membership::isActive)
            .toList();
    for (Membership m : active) {
      if (m.isPerson()) {
        people.put(
            m.userId(),
            new Person(
                m.userId(),
                m.organisationId(),
                m.view(null).displayName(),
                names.get(m.organisationId())));
      }
    }
    for (Membership m : active) {
      if (!m.isPerson()) {
        for (UserView u : users.activeIn(m.organisationId(), EVERY_ROLE)) {
          people.putIfAbsent(
              u.id(),
              new Person(
                  u.id(), u.organisationId(), u.displayName(), names.get(u.organisationId())));
        }
      }
    }
    return people.values().stream()
        .sorted(Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** The moderators in person of a centre, for notices such as a guideline awaiting adoption. */
  @Transactional(readOnly = true)
  public List<UUID> moderatorIds(UUID centreId) {
    return memberships
        .findByCentreIdAndUserIdIsNotNullAndRoleAndStatus(
            centreId, MemberRole.MODERATOR, MembershipStatus.ACTIVE)
        .stream()
        .map(Membership::userId)
        .toList();
  }

  private List<UUID> recipientsOf(Membership membership) {
    if (membership.isPerson()) {
      return List.of(membership.userId());
    }
    return users.activeIn(membership.organisationId(), Set.of(Role.ORG_ADMIN)).stream()
        .map(UserView::id)
        .toList();
  }

  private Membership membershipIn(CentreRef centre, UUID membershipId) {
    return (membershipId == null
            ? Optional.<Membership>empty()
            : memberships.findById(membershipId))
        .filter(m -> m.centreId().equals(centre.id()))
        .orElseThrow(() -> new MembershipNotFound(membershipId));
  }

  private OrganisationView organisationFor(UUID organisationId) {
    return (organisationId == null
            ? Optional.<OrganisationView>empty()
            : organisations.find(organisationId))
        .orElseThrow(
            () ->
                InvalidInput.of(
                    "organisationId", "knowledge.membership.error.no-such-organisation"));
  }

  private CentreDetails validate(CentreDetails details) {
    List<Problem> problems = new ArrayList<>();
    String name = strip(details.name());
    String topic = strip(details.topic());
    String purpose = strip(details.purpose());
    if (name.isEmpty()) {
      problems.add(Problem.of("name", "knowledge.centre.error.name-required"));
    } else if (name.length() > NAME_MAX) {
      problems.add(Problem.of("name", "knowledge.centre.error.too-long", NAME_MAX));
    }
    if (topic.isEmpty()) {
      problems.add(Problem.of("topic", "knowledge.centre.error.topic-required"));
    } else if (topic.length() > TOPIC_MAX) {
      problems.add(Problem.of("topic", "knowledge.centre.error.too-long", TOPIC_MAX));
    }
    if (purpose.isEmpty()) {
      problems.add(Problem.of("purpose", "knowledge.centre.error.purpose-required"));
    } else if (purpose.length() > PURPOSE_MAX) {
      problems.add(Problem.of("purpose", "knowledge.centre.error.too-long", PURPOSE_MAX));
    }
    List<String> languages =
        details.languages() == null
            ? List.of()
            : details.languages().stream()
                .map(l -> l == null ? "" : l.strip().toLowerCase(Locale.ROOT))
                .filter(l -> !l.isEmpty())
                .distinct()
                .toList();
    if (languages.isEmpty()) {
      problems.add(Problem.of("languages", "knowledge.centre.error.languages-required"));
    } else if (languages.stream().anyMatch(l -> !isLanguage(l)) || languages.size() > 10) {
      problems.add(Problem.of("languages", "knowledge.centre.error.language-unknown"));
    }
    if (details.leadOrganisationId() == null
        || organisations.find(details.leadOrganisationId()).isEmpty()) {
      problems.add(Problem.of("leadOrganisationId", "knowledge.centre.error.lead-required"));
    }
    if (details.joinPolicy() == null) {
      problems.add(Problem.of("joinPolicy", "knowledge.centre.error.join-policy-required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new CentreDetails(
        name, topic, purpose, languages, details.leadOrganisationId(), details.joinPolicy());
  }

  private static boolean isLanguage(String code) {
    return code.matches("[a-z]{2}")
        && !Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).equals(code);
  }

  private String uniqueSlug(String name) {
    String base =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (base.length() > 50) {
      base = base.substring(0, 50).replaceAll("-+$", "");
    }
    if (base.isEmpty()) {
      base = "centre";
    }
    String slug = base;
    for (int n = 2; centres.existsBySlug(slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  private static String cleanNote(String note) {
    String clean = strip(note);
    if (clean.length() > NOTE_MAX) {
      throw InvalidInput.of("note", "knowledge.centre.error.too-long", NOTE_MAX);
    }
    return clean.isEmpty() ? null : clean;
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }

  private StaffUser signedIn() {
    return access
        .currentUser()
        .orElseThrow(() -> new AccessDeniedException("Sign in to take part in a centre"));
  }

  /** Whether the signed-in {@code user} holds {@code role}, as their sign-in granted it. */
  private static boolean hasRole(StaffUser user, Role role) {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getPrincipal() == user
        && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
  }

  private static void requireRole(StaffUser user, Role role) {
    if (!hasRole(user, role)) {
      throw new AccessDeniedException("Only an organisation admin may do this");
    }
  }

  private String organisationName(UUID id) {
    return id == null ? null : organisations.find(id).map(OrganisationView::name).orElse(null);
  }

  private Map<UUID, String> organisationNames() {
    return organisations.all().stream()
        .collect(Collectors.toMap(OrganisationView::id, OrganisationView::name, (a, b) -> a));
  }
}
