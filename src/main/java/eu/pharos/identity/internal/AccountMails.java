package eu.pharos.identity.internal;

import eu.pharos.platform.Languages;
import eu.pharos.platform.Mailer;
import eu.pharos.platform.OutgoingMail;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The e-mails that carry password-reset and invitation links, in the recipient's language. */
@Component
class AccountMails {

  private final Mailer mailer;
  private final MessageSource messages;
  private final String baseUrl;

  AccountMails(Mailer mailer, MessageSource messages, @Value("${pharos.base-url}") String baseUrl) {
    this.mailer = mailer;
    this.messages = messages;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  void passwordReset(UserAccount account, String token) {
    Locale locale = localeOf(account);
    String link = baseUrl + "/password/reset/" + token;
    mailer.send(
        new OutgoingMail(
            account.email(),
            messages.getMessage("mail.reset.subject", null, locale),
            messages.getMessage(
                "mail.reset.body",
                new Object[] {account.displayName(), link, UserTokens.RESET_VALIDITY.toMinutes()},
                locale)));
  }

  void invitation(UserAccount account, String token, String inviterName, String organisationName) {
    Locale locale = localeOf(account);
    String link = baseUrl + "/invitation/" + token;
    mailer.send(
        new OutgoingMail(
            account.email(),
            messages.getMessage("mail.invitation.subject", new Object[] {organisationName}, locale),
            messages.getMessage(
                "mail.invitation.body",
                new Object[] {
                  account.displayName(),
                  inviterName,
                  organisationName,
                  link,
                  UserTokens.INVITATION_VALIDITY.toDays()
                },
                locale)));
  }

  private static Locale localeOf(UserAccount account) {
    return Languages.supported(account.preferredLanguage()).orElse(Languages.DEFAULT);
  }
}
