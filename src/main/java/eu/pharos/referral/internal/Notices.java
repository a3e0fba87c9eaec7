package eu.pharos.referral.internal;

import eu.pharos.identity.Role;
import eu.pharos.identity.UserView;
import eu.pharos.network.Directory;
import eu.pharos.platform.Languages;
import eu.pharos.platform.Mailer;
import eu.pharos.platform.Notifications;
import eu.pharos.platform.OutgoingMail;
import eu.pharos.referral.ReferralSide;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells people of either side about a referral: platform notifications, and an e-mail to the
 * receiving desk's address for a new referral. Only the reference, the urgency, the service and
 * organisation names travel: never anything about the victim.
 */
@Component
class Notices {

  private static final Set<Role> DESK = Set.of(Role.SUPERVISOR, Role.ORG_ADMIN);

  private final Notifications notifications;
  private final Mailer mailer;
  private final MessageSource messages;
  private final InOrganisation organisations;
  private final Desks desks;
  private final Directory directory;
  private final String baseUrl;

  Notices(
      Notifications notifications,
      Mailer mailer,
      MessageSource messages,
      InOrganisation organisations,
      Desks desks,
      Directory directory,
      @Value("${pharos.base-url}") String baseUrl) {
    this.notifications = notifications;
    this.mailer = mailer;
    this.messages = messages;
    this.organisations = organisations;
    this.desks = desks;
    this.directory = directory;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  static String link(UUID referralId) {
    return "/app/referrals/" + referralId;
  }

  /** A new referral: the receiving desk's supervisors and admins, and its e-mail address. */
  void sent(Referral referral, String senderName) {
    List<String> args = List.of(referral.reference(), shorten(senderName));
    notifyAll(
        deskUsers(referral.receiverOrganisationId()), "referral.notice.received", args, referral);
    String email = desks.of(referral.receiverOrganisationId()).notificationEmail();
    if (email != null) {
      Locale locale = localeOf(referral.receiverOrganisationId());
      Object[] mailArgs = {
        referral.reference(),
        messages.getMessage(referral.urgency().messageKey(), null, locale),
        messages.getMessage(referral.service().messageKey(), null, locale),
        baseUrl + link(referral.id())
      };
      mailer.send(
          new OutgoingMail(
              email,
              messages.getMessage("referral.mail.received.subject", mailArgs, locale),
              messages.getMessage("referral.mail.received.body", mailArgs, locale)));
    }
  }

  /** The answer fell due: the receiving desk, once. */
  void reminder(Referral referral) {
    notifyAll(
        deskUsers(referral.receiverOrganisationId()),
        "referral.notice.reminder",
        List.of(referral.reference()),
        referral);
  }

  /** Still no answer after twice the target: the receiving organisation's supervisors, once. */
  void escalation(Referral referral) {
    notifyAll(
        organisations
            .activeUsers(referral.receiverOrganisationId(), Set.of(Role.SUPERVISOR))
            .stream()
            .map(UserView::id)
            .toList(),
        "referral.notice.escalated",
        List.of(referral.reference()),
        referral);
  }

  /** The receiver answered or closed: the user who sent the referral. */
  void toSender(Referral referral, String key, String receiverName) {
    if (referral.sentBy() != null) {
      notifications.notify(
          referral.sentBy(),
          key,
          List.of(referral.reference(), shorten(receiverName)),
          link(referral.id()));
    }
  }

  /** The sender changed something: the assigned advisor, or the desk when there is none. */
  void toReceiver(Referral referral, String key, String senderName) {
    List<UUID> recipients =
        referral.assignedAdvisorId() != null
            ? List.of(referral.assignedAdvisorId())
            : deskUsers(referral.receiverOrganisationId());
    notifyAll(recipients, key, List.of(referral.reference(), shorten(senderName)), referral);
  }

  /** The victim withdrew consent on {@code side}: the other side. */
  void consentWithdrawn(Referral referral, ReferralSide side, String otherName) {
    if (side == ReferralSide.SENDER) {
      toReceiver(referral, "referral.notice.consent-withdrawn", otherName);
    } else {
      toSender(referral, "referral.notice.consent-withdrawn", otherName);
    }
  }

  private List<UUID> deskUsers(UUID organisationId) {
    return organisations.activeUsers(organisationId, DESK).stream().map(UserView::id).toList();
  }

  private void notifyAll(List<UUID> users, String key, List<String> args, Referral referral) {
    for (UUID user : new LinkedHashSet<>(users)) {
      notifications.notify(user, key, args, link(referral.id()));
    }
  }

  /** The organisation's first language that the shell speaks, else English. */
  private Locale localeOf(UUID organisationId) {
    List<String> languages =
        directory.member(organisationId).map(m -> m.languages()).orElse(List.of());
    return languages.stream()
        .map(Locale::forLanguageTag)
        .filter(
            locale ->
                Languages.SUPPORTED.stream()
                    .anyMatch(s -> s.getLanguage().equals(locale.getLanguage())))
        .findFirst()
        .orElse(Locale.ENGLISH);
  }

  /** The locale for texts written into the organisation's own records. */
  Locale recordLocale(UUID organisationId) {
    return localeOf(organisationId);
  }

  private static String shorten(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > 150 ? text.substring(0, 150) : text;
  }
}
