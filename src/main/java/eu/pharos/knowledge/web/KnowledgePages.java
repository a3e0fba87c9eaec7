package eu.pharos.knowledge.web;

import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.FieldErrors;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What every page of the Centres of Excellence needs: the messages of a refused form by field id,
 * and the time zone of the network, in which dates and times are shown.
 */
@Component
public class KnowledgePages {

  private final MessageSource messages;
  private final ZoneId zone;

  KnowledgePages(
      MessageSource messages,
      @Value("${pharos.network.secretariat-time-zone:Europe/Brussels}") ZoneId zone) {
    this.messages = messages;
    this.zone = zone;
  }

  public ZoneId zone() {
    return zone;
  }

  /**
   * @param field the page's field id for a problem's field; problems without a field (or mapped to
   *     null) go on {@code fallback}, the form's first field
   */
  public Map<String, String> errors(
      InvalidInput invalid, Function<String, String> field, String fallback, Locale locale) {
    return FieldErrors.of(invalid, field, fallback, messages, locale);
  }

  public Map<String, String> errors(InvalidInput invalid, String fallback, Locale locale) {
    return errors(invalid, Function.identity(), fallback, locale);
  }

  public String message(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
