package eu.pharos.platform;

import java.util.Objects;

/** A plain-text message to one recipient. */
public record OutgoingMail(String to, String subject, String body) {

  public OutgoingMail {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    if (to.isBlank() || to.length() > 254 || to.contains("\n") || to.contains("\r")) {
      throw new IllegalArgumentException("Not a single e-mail address");
    }
    subject = subject.replaceAll("[\\r\\n]+", " ");
    if (subject.length() > 300) {
      subject = subject.substring(0, 300);
    }
  }
}
